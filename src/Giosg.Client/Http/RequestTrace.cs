using System.Text.RegularExpressions;

namespace Giosg.Client.Http;

/// <summary>
/// Where one line per HTTP attempt goes (a cmdlet's -Verbose). The sink is ambient (it flows
/// into the tasks a command starts, such as the prefetch), so concurrent commands sharing a
/// connection each see only their own requests. Lines name method, path and query, never headers.
/// </summary>
public static class RequestTrace
{
    private static readonly AsyncLocal<Action<string>?> Sink = new();
    private static readonly AsyncLocal<Action<string>?> DebugSink = new();
    private static readonly Regex TokenQuery = new("([?&](?:api_)?token=)[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Sends this flow's request lines to <paramref name="sink"/> until the result is disposed.</summary>
    /// <param name="sink">One line per HTTP attempt and retry.</param>
    /// <param name="debugSink">Summaries of what came back (a page's size and whether more follow); null for none.</param>
    public static IDisposable Begin(Action<string> sink, Action<string>? debugSink = null)
    {
        var previous = (Sink.Value, DebugSink.Value);
        Sink.Value = sink;
        DebugSink.Value = debugSink;
        return new Restore(previous);
    }

    internal static bool Enabled => Sink.Value is not null;

    internal static void Write(string line) => Sink.Value?.Invoke(line);

    internal static bool DebugEnabled => DebugSink.Value is not null;

    internal static void WriteDebug(string line) => DebugSink.Value?.Invoke(line);

    /// <summary>A path and query safe to show: a <c>token=</c> value is masked.</summary>
    internal static string SafePathAndQuery(Uri uri) => TokenQuery.Replace(uri.PathAndQuery, "$1********");

    private sealed class Restore((Action<string>? Sink, Action<string>? Debug) previous) : IDisposable
    {
        public void Dispose() => (Sink.Value, DebugSink.Value) = previous;
    }
}
