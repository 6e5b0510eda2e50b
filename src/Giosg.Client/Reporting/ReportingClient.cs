using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;

namespace Giosg.Client.Reporting;

/// <summary>The Reporting API (002) at the connection's <see cref="GiosgConnection.ReportingBaseUri"/>.</summary>
public sealed class ReportingClient
{
    private readonly GiosgConnection _connection;

    internal ReportingClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Checks the request against 002's tables and builds the query; nothing is sent.</summary>
    /// <exception cref="ReportingQueryException">The request breaks one of 002's rules; the exception names the value and the fix.</exception>
    public static ChatSessionQuery Prepare(ChatSessionStatisticsRequest request) => ReportingQueryBuilder.Build(request);

    /// <summary>
    /// Sends the query to <c>POST …/api/reporting/v1/orgs/&lt;org&gt;/chat_sessions</c>. A query
    /// changes nothing, so it is retried like a GET.
    /// </summary>
    /// <exception cref="GiosgApiException">The API refused (400 with its reason, 403) or failed, or answered in another shape.</exception>
    public async Task<ChatSessionReport> MeasureChatSessionsAsync(ChatSessionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(query, nameof(query));
        var uri = new Uri(_connection.ReportingBaseUri, $"api/reporting/v1/orgs/{_connection.OrganizationId:D}/chat_sessions");
        var request = ApiRequest.Post(uri, query.Body, ReportingQueryBuilder.QueryJson, idempotent: true);
        var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ReportingResponse, cancellationToken).ConfigureAwait(false);
        try
        {
            return ReportingResponseReader.Read(response.Value);
        }
        catch (FormatException exception)
        {
            throw new GiosgApiException(
                GiosgErrorKind.InvalidResponse,
                $"The Giosg API answered {request} with a result that does not match 002's shape ({exception.Message}).",
                request.Method.Method,
                uri.PathAndQuery,
                innerException: exception);
        }
    }
}
