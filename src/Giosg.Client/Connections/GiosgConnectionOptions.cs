namespace Giosg.Client.Connections;

/// <summary>Where and how a <see cref="GiosgConnection"/> talks to Giosg. Holds no secret.</summary>
public sealed record GiosgConnectionOptions
{
    /// <summary>The v5 API host.</summary>
    public static readonly Uri DefaultBaseUri = new("https://service.giosg.com/");

    /// <summary>The reporting API host.</summary>
    public static readonly Uri DefaultReportingBaseUri = new("https://api.giosg.com/");

    /// <summary>The organization whose chats the connection works with.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>The user behind the token, for <c>users/&lt;user&gt;/…</c> endpoints; optional.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The v5 API's base URI; HTTPS unless the host is loopback.</summary>
    public Uri BaseUri { get; init; } = DefaultBaseUri;

    /// <summary>The reporting API's base URI; HTTPS unless the host is loopback.</summary>
    public Uri ReportingBaseUri { get; init; } = DefaultReportingBaseUri;

    /// <summary>The product token for the User-Agent header, e.g. <c>Giosg.PowerShell/0.1.0</c>.</summary>
    public string UserAgent { get; init; } = "Giosg.Client";

    /// <summary>Retries, waits and time limits of every request.</summary>
    public Http.RetrySettings Retry { get; init; } = new();

    /// <summary>Replaces the pooled socket handler; for tests that count or shape traffic.</summary>
    public HttpMessageHandler? InnerHandler { get; init; }
}
