namespace Giosg.Client.Reporting;

/// <summary>A checked chat session query, ready to send: <see cref="Json"/> is exactly the body that goes out.</summary>
public sealed class ChatSessionQuery
{
    internal ChatSessionQuery(ReportingQuery body, string json)
    {
        Body = body;
        Json = json;
    }

    /// <summary>The request body as sent (it holds no credentials).</summary>
    public string Json { get; }

    /// <summary>The IANA id sent as <c>interval.time_zone</c>.</summary>
    public string TimeZone => Body.Interval.TimeZone;

    internal ReportingQuery Body { get; }

    /// <inheritdoc />
    public override string ToString() => Json;
}
