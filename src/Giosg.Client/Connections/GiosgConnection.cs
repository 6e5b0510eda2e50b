using Giosg.Client.Http;

namespace Giosg.Client.Connections;

/// <summary>
/// A connection to one Giosg organization: its settings and one pooled HTTP pipeline that every
/// request through it shares. The token stays inside; nothing public exposes it.
/// </summary>
public sealed class GiosgConnection : IDisposable
{
    /// <summary>Validates the settings and opens the HTTP pipeline (no request is sent yet).</summary>
    /// <exception cref="ArgumentException">An organization id is missing or a base URI is not allowed.</exception>
    public GiosgConnection(ApiToken token, GiosgConnectionOptions options)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(token, nameof(token));
        ArgumentNullExceptionPolyfill.ThrowIfNull(options, nameof(options));
        if (options.OrganizationId == Guid.Empty)
        {
            throw new ArgumentException("The organization id is empty; give the id of your Giosg organization (a GUID).");
        }

        OriginPolicy.EnsureAllowedBaseUri(options.BaseUri, nameof(options.BaseUri));
        OriginPolicy.EnsureAllowedBaseUri(options.ReportingBaseUri, nameof(options.ReportingBaseUri));
        options.Retry.Validate();

        OrganizationId = options.OrganizationId;
        UserId = options.UserId;
        BaseUri = WithTrailingSlash(options.BaseUri);
        ReportingBaseUri = WithTrailingSlash(options.ReportingBaseUri);
        ConnectedAt = DateTimeOffset.Now;
        Transport = new GiosgTransport(token, [BaseUri, ReportingBaseUri], options.UserAgent, options.Retry, options.InnerHandler);
    }

    /// <summary>The organization the connection works with.</summary>
    public Guid OrganizationId { get; }

    /// <summary>The user behind the token, if given.</summary>
    public Guid? UserId { get; }

    /// <summary>The v5 API's base URI.</summary>
    public Uri BaseUri { get; }

    /// <summary>The reporting API's base URI.</summary>
    public Uri ReportingBaseUri { get; }

    /// <summary>Retries, waits and time limits of every request.</summary>
    public RetrySettings Retry => Transport.Retry;

    /// <summary>True once <see cref="Dispose"/> has closed the connection; it can send nothing more.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>When the connection was made.</summary>
    public DateTimeOffset ConnectedAt { get; }

    internal GiosgTransport Transport { get; }

    /// <summary>Resolves an API path (already encoded) against <see cref="BaseUri"/>.</summary>
    internal Uri ApiUri(string relativePath) => new(BaseUri, relativePath);

    /// <inheritdoc />
    public override string ToString() => $"Giosg organization {OrganizationId} at {BaseUri}";

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose()
    {
        IsClosed = true;
        Transport.Dispose();
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsolutePath[uri.AbsolutePath.Length - 1] == '/' ? uri : new Uri(uri.AbsoluteUri + "/");
}
