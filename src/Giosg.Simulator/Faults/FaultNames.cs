using System.Text;

namespace Giosg.Simulator.Faults;

/// <summary>
/// The names of fault kinds and routes in JSON (camelCase, <c>resetMidBody</c>) and on the command line
/// (kebab-case, <c>reset-mid-body</c>). Reading ignores case, dashes and underscores, so either form
/// works anywhere, and a few short aliases (<c>reset</c>, <c>truncated</c>, <c>burst</c>) read too.
/// </summary>
internal static class FaultNames
{
    private static readonly Dictionary<string, FaultKind> KindAliases = new(StringComparer.Ordinal)
    {
        ["reset"] = FaultKind.ResetBeforeResponse,
        ["truncated"] = FaultKind.TruncatedJson,
        ["burst"] = FaultKind.BurstOf429,
        ["foreignnext"] = FaultKind.ForeignNextLink,
        ["html"] = FaultKind.WrongContentType,
    };

    public static string Camel(FaultKind kind)
    {
        var name = kind.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }

    public static string Kebab(FaultKind kind)
    {
        var name = new StringBuilder();
        foreach (var letter in kind.ToString())
        {
            if (char.IsUpper(letter) && name.Length > 0)
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(letter));
        }

        return name.ToString();
    }

    public static string Of(FaultRoute route) => route.ToString().ToLowerInvariant();

    public static bool TryKind(string text, out FaultKind kind)
    {
        var key = Normalize(text);
        if (KindAliases.TryGetValue(key, out kind))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<FaultKind>())
        {
            if (candidate.ToString().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    public static bool TryRoute(string text, out FaultRoute route)
    {
        var key = Normalize(text);
        foreach (var candidate in Enum.GetValues<FaultRoute>())
        {
            if (candidate.ToString().Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                route = candidate;
                return true;
            }
        }

        route = default;
        return false;
    }

    /// <summary>The route names, for error messages.</summary>
    public static string Routes => string.Join(", ", Enum.GetValues<FaultRoute>().Select(Of));

    private static string Normalize(string text) =>
        text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
