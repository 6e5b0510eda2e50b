using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Giosg.Simulator.Faults;

/// <summary>
/// The command line's short form of a <see cref="FaultPlan"/>: comma-separated rules, each
/// <c>mixed:RATE</c> or <c>ROUTE[/METHOD]:FAULT[@WHEN]</c>, e.g. <c>patch:503@0.2,list/GET:429~0@first3</c>.
/// Path patterns are left to the JSON form, where a regular expression needs no escaping.
/// </summary>
internal static class FaultSpec
{
    /// <summary>The grammar as the command line's usage shows it.</summary>
    public const string Grammar = """
          RULE[,RULE…]  where RULE is  mixed:RATE  or  ROUTE[/METHOD]:FAULT[@WHEN]
            ROUTE   any, list, chat, patch, tags, messages, memberships, variables
            FAULT   a status 400-599 with an optional ~RETRY (503, 429~0, 429~date+2, 429~none; 429 defaults to ~1),
                    burstN[~RETRY], slow[DURATION] (slow = slow2s, slow500ms), reset, reset-mid-body,
                    truncated-json, invalid-json, wrong-content-type, foreign-next-link, one-of(FAULT|FAULT…)
            WHEN    a probability (0.2 or 20%), firstN, everyN or always (the default)
            RATE    a probability: mixed transient faults (429, 5xx, resets, slow) on that share of all requests
        """;

    /// <summary>Seconds a Retry-After may ask for; a day is already absurd for a test.</summary>
    private const int MaxRetrySeconds = 86_400;

    private static readonly string FaultNamesHint =
        "use a status (503, 429~2), burstN, slow2s, reset, reset-mid-body, truncated-json, invalid-json, wrong-content-type, foreign-next-link or one-of(…|…)";

    public static bool TryParse(string spec, int seed, [NotNullWhen(true)] out FaultPlan? plan, [NotNullWhen(false)] out string? error)
    {
        plan = null;
        if (string.IsNullOrWhiteSpace(spec))
        {
            error = "The fault spec is empty.";
            return false;
        }

        var result = FaultPlan.Create(seed);
        foreach (var item in spec.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryParseRule(item, out var rule, out error))
            {
                error = $"Fault rule '{item}': {error}";
                return false;
            }

            result.Add(rule);
        }

        plan = result;
        error = null;
        return true;
    }

    public static bool TryParseRule(string text, [NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out string? error)
    {
        rule = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            error = "expected ROUTE:FAULT or mixed:RATE.";
            return false;
        }

        var (target, rest) = (text[..colon].Trim(), text[(colon + 1)..].Trim());
        if (target.Equals("mixed", StringComparison.OrdinalIgnoreCase))
        {
            if (!TryProbability(rest, out var rate))
            {
                error = $"'{rest}' is not a rate; use a probability such as 0.1 or 10%.";
                return false;
            }

            rule = FaultPlan.MixedTransientRule(rate);
            error = null;
            return true;
        }

        var slash = target.IndexOf('/', StringComparison.Ordinal);
        var routeName = slash < 0 ? target : target[..slash];
        var method = slash < 0 ? null : target[(slash + 1)..];
        if (!FaultNames.TryRoute(routeName, out var route))
        {
            error = $"'{routeName}' is not a route; use one of {FaultNames.Routes}.";
            return false;
        }

        if (method is not null && (method.Length == 0 || !method.All(char.IsAsciiLetter)))
        {
            error = $"'{method}' is not an HTTP method.";
            return false;
        }

        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var (faultText, when) = at < 0 ? (rest, null) : (rest[..at], rest[(at + 1)..]);
        if (!TryParseFault(faultText, out var fault, out error))
        {
            return false;
        }

        rule = FaultRule.For(route, method).Respond(fault);
        if (when is not null)
        {
            if (!TryWhen(rule, when.Trim(), out rule))
            {
                error = $"'{when}' is not a choice of requests; use a probability (0.2 or 20%), firstN, everyN or always.";
                return false;
            }
        }

        return true;
    }

    public static bool TryParseFault(string text, [NotNullWhen(true)] out Fault? fault, [NotNullWhen(false)] out string? error)
    {
        fault = null;
        error = null;
        text = text.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && text.EndsWith(')') && FaultNames.TryKind(text[..open], out var mixKind) && mixKind == FaultKind.OneOf)
        {
            var options = new List<Fault>();
            foreach (var option in SplitTopLevel(text[(open + 1)..^1], '|'))
            {
                if (!TryParseFault(option, out var picked, out error))
                {
                    return false;
                }

                options.Add(picked);
            }

            fault = Fault.OneOf([.. options]);
            return true;
        }

        var tilde = text.IndexOf('~', StringComparison.Ordinal);
        var (head, retryText) = tilde < 0 ? (text, null) : (text[..tilde], text[(tilde + 1)..]);
        RetryAfter? retry = null;
        if (retryText is not null && !TryRetryAfter(retryText, out retry))
        {
            error = $"'{retryText}' is not a Retry-After; use seconds (~2), an HTTP date that many seconds ahead (~date+2) or ~none.";
            return false;
        }

        if (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            if (status is < 400 or > 599)
            {
                error = $"{head} is not an error status; use 400 to 599.";
                return false;
            }

            fault = Fault.Status(status, retry);
            return true;
        }

        if (head.StartsWith("burst", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(head.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            fault = Fault.BurstOf429(count, retry);
            return true;
        }

        if (retry is not null)
        {
            error = $"only statuses and bursts take a Retry-After (~{retryText}).";
            return false;
        }

        if (head.StartsWith("slow", StringComparison.OrdinalIgnoreCase))
        {
            if (!TryDuration(head[4..], out var delay))
            {
                error = $"'{head}' is not a delay; use slow (2 s), slow500ms or slow1.5s.";
                return false;
            }

            fault = Fault.Slow(delay);
            return true;
        }

        if (!FaultNames.TryKind(head, out var kind) || kind is FaultKind.Status or FaultKind.BurstOf429 or FaultKind.Slow or FaultKind.OneOf)
        {
            error = $"'{head}' is not a fault; {FaultNamesHint}.";
            return false;
        }

        fault = kind switch
        {
            FaultKind.ResetBeforeResponse => Fault.ResetBeforeResponse,
            FaultKind.ResetMidBody => Fault.ResetMidBody,
            FaultKind.TruncatedJson => Fault.TruncatedJson,
            FaultKind.InvalidJson => Fault.InvalidJson,
            FaultKind.WrongContentType => Fault.WrongContentType,
            _ => Fault.ForeignNextLink,
        };
        return true;
    }

    /// <summary>0.2, 20% or 1; never below 0 or above 1.</summary>
    public static bool TryProbability(string text, out double probability)
    {
        text = text.Trim();
        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out probability))
        {
            probability = percent ? probability / 100 : probability;
            return probability is >= 0 and <= 1;
        }

        return false;
    }

    private static bool TryWhen(FaultRule rule, string text, [NotNullWhen(true)] out FaultRule? narrowed)
    {
        narrowed = null;
        if (text.Equals("always", StringComparison.OrdinalIgnoreCase))
        {
            narrowed = rule.Always();
        }
        else if (Counted(text, "first") is { } first)
        {
            narrowed = rule.First(first);
        }
        else if (Counted(text, "every") is { } every)
        {
            narrowed = rule.Every(every);
        }
        else if (TryProbability(text, out var probability))
        {
            narrowed = rule.Probability(probability);
        }

        return narrowed is not null;
    }

    /// <summary>N of <c>firstN</c> or <c>everyN</c>, at least 1.</summary>
    private static int? Counted(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && int.TryParse(text.AsSpan(word.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
        && count >= 1
            ? count
            : null;

    private static bool TryRetryAfter(string text, [NotNullWhen(true)] out RetryAfter? retryAfter)
    {
        retryAfter = null;
        text = text.Trim();
        var asDate = text.StartsWith("date+", StringComparison.OrdinalIgnoreCase);
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            retryAfter = RetryAfter.None;
        }
        else if (int.TryParse(asDate ? text.AsSpan(5) : text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxRetrySeconds)
        {
            retryAfter = asDate ? RetryAfter.HttpDate(seconds) : RetryAfter.Seconds(seconds);
        }

        return retryAfter is not null;
    }

    /// <summary>Empty (the default, <see cref="FaultPlan.TransientDelay"/>), <c>500ms</c> or <c>1.5s</c>, up to a day.</summary>
    private static bool TryDuration(string text, out TimeSpan delay)
    {
        delay = FaultPlan.TransientDelay;
        if (text.Length == 0)
        {
            return true;
        }

        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : (text, double.NaN);
        if (double.IsNaN(scale) || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var milliseconds = value * scale;
        if (milliseconds > TimeSpan.FromDays(1).TotalMilliseconds)
        {
            return false;
        }

        delay = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>Splits at <paramref name="separator"/> outside parentheses, so a nested <c>one-of(…)</c> stays whole.</summary>
    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
