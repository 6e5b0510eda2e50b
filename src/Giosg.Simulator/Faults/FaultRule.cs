using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Giosg.Simulator.Faults;

namespace Giosg.Simulator;

/// <summary>
/// One line of a <see cref="FaultPlan"/>: which requests (a route kind or a path pattern, optionally one
/// method), which of them (every one, a random share, the first N, every Nth), and what happens to them.
/// Immutable: each call returns a new rule, so one rule can be shared between plans.
/// </summary>
/// <example>
/// <code>
/// FaultRule.For(FaultRoute.Patch).Probability(0.1).Respond(Fault.Status(503))
/// FaultRule.For(FaultRoute.List, "GET").First(3).Respond(Fault.Status(429, RetryAfter.Seconds(2)))
/// FaultRule.ForPath("/tags/").Every(4).Respond(Fault.ResetBeforeResponse)
/// </code>
/// </example>
public sealed class FaultRule
{
    /// <summary>Long enough for any sane pattern, short enough that a catastrophic one cannot hang the server.</summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex? _path;

    private FaultRule(FaultRoute route, Regex? path, string? method, FaultSelection selection, Fault? fault)
    {
        Route = route;
        _path = path;
        Method = method;
        Selection = selection;
        Fault = fault;
    }

    /// <summary>The kind of request aimed at; <see cref="FaultRoute.Any"/> for a path rule.</summary>
    public FaultRoute Route { get; }

    /// <summary>The regular expression searched for in the path and query (e.g. <c>/api/v5/orgs/…/owned_chats?cursor=…</c>); <see langword="null"/> for a route rule.</summary>
    public string? PathPattern => _path?.ToString();

    /// <summary>The only HTTP method matched (upper case), or <see langword="null"/> for any.</summary>
    public string? Method { get; }

    /// <summary>What happens to a picked request; <see langword="null"/> until <see cref="Respond"/> gives it.</summary>
    public Fault? Fault { get; }

    internal FaultSelection Selection { get; }

    /// <summary>A rule for one kind of request, e.g. <see cref="FaultRoute.List"/>; every matching request until narrowed.</summary>
    /// <param name="route">The kind of request.</param>
    /// <param name="method">The only method matched, e.g. <c>"POST"</c>; <see langword="null"/> for any.</param>
    public static FaultRule For(FaultRoute route, string? method = null)
    {
        if (!Enum.IsDefined(route))
        {
            throw new ArgumentOutOfRangeException(nameof(route), route, "Not a fault route.");
        }

        return new(route, null, CheckMethod(method), FaultSelection.Always, null);
    }

    /// <summary>A rule for requests whose path and query contain a match of <paramref name="pattern"/>.</summary>
    /// <param name="pattern">A .NET regular expression, case-sensitive, e.g. <c>/messages$</c> or <c>[?&amp;]cursor=</c>.</param>
    /// <param name="method">The only method matched; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a valid regular expression.</exception>
    public static FaultRule ForPath([StringSyntax(StringSyntaxAttribute.Regex)] string pattern, string? method = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        var path = new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        return new(FaultRoute.Any, path, CheckMethod(method), FaultSelection.Always, null);
    }

    /// <summary>Faults each matching request with this probability (0 to 1), drawn from the plan's seeded random.</summary>
    public FaultRule Probability(double probability)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability is from 0 to 1.");
        }

        return With(new FaultSelection(SelectionKind.Probability, probability, 0));
    }

    /// <summary>Faults the first <paramref name="count"/> matching requests, then none.</summary>
    public FaultRule First(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return With(new FaultSelection(SelectionKind.First, 0, count));
    }

    /// <summary>Faults the <paramref name="n"/>th, 2<paramref name="n"/>th, … matching request.</summary>
    public FaultRule Every(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return With(new FaultSelection(SelectionKind.Every, 0, n));
    }

    /// <summary>Faults every matching request (the default).</summary>
    public FaultRule Always() => With(FaultSelection.Always);

    /// <summary>What happens to the requests picked.</summary>
    public FaultRule Respond(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return new(Route, _path, Method, Selection, fault);
    }

    /// <summary>The command line's form where one exists, e.g. <c>patch:503@0.1</c>; path rules show their pattern.</summary>
    public override string ToString()
    {
        var target = _path is null ? FaultNames.Of(Route) : $"path({_path})";
        var method = Method is null ? "" : $"/{Method}";
        var when = Selection.Kind == SelectionKind.Always ? "" : $"@{Selection}";
        return $"{target}{method}:{Fault?.ToString() ?? "?"}{when}";
    }

    /// <param name="request">The request.</param>
    /// <param name="route">What <see cref="FaultRoutes.Classify"/> made of it; <see langword="null"/> for an API request of no named kind.</param>
    internal bool Matches(HttpRequest request, FaultRoute? route) =>
        (Method is null || string.Equals(Method, request.Method, StringComparison.OrdinalIgnoreCase))
        && (Route == FaultRoute.Any || Route == route)
        && (_path is null || _path.IsMatch(string.Concat(request.Path.Value, request.QueryString.Value)));

    private FaultRule With(FaultSelection selection) => new(Route, _path, Method, selection, Fault);

    private static string? CheckMethod(string? method)
    {
        if (method is null)
        {
            return null;
        }

        if (method.Length == 0 || !method.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"Not an HTTP method: '{method}'.", nameof(method));
        }

        return method.ToUpperInvariant();
    }
}
