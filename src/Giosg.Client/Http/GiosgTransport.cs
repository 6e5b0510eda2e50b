using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Giosg.Client.Connections;
using Giosg.Client.Errors;

namespace Giosg.Client.Http;

/// <summary>
/// The one HTTP pipeline of a connection: a pooled handler, the token on same-origin requests
/// only, JSON read straight from the response stream, and failures turned into
/// <see cref="GiosgApiException"/>.
/// </summary>
internal sealed class GiosgTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly ApiToken _token;

    public GiosgTransport(ApiToken token, IReadOnlyList<Uri> origins, string userAgent, TimeSpan timeout, HttpMessageHandler? innerHandler)
    {
        _token = token;
        var handler = new AuthorizationHandler(token, origins) { InnerHandler = innerHandler ?? CreatePooledHandler() };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    /// <summary>GETs <paramref name="uri"/> and deserializes the body as it streams in.</summary>
    public async Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendJsonAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="request"/> and deserializes a successful response's body.</summary>
    public async Task<T> SendJsonAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        (await SendForJsonAsync(request, typeInfo, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Like <see cref="SendJsonAsync{T}"/>, also telling which success status the API chose (200 or 201, say).</summary>
    public async Task<ApiResponse<T>> SendForJsonAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        EnsureJson(response);
        try
        {
#if NET8_0_OR_GREATER
            using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            var value = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>(value ?? throw InvalidResponse(request, "an empty (null) JSON document", null), response.StatusCode);
        }
        catch (JsonException exception)
        {
            throw InvalidResponse(request, $"JSON that does not match the documented shape ({exception.Message})", exception);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(request, exception);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(request, exception);
        }
    }

    /// <summary>Sends a request whose successful answer has no body worth reading (a DELETE's 204).</summary>
    public async Task<HttpStatusCode> SendWithoutResultAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>A request with a JSON body serialized through the source-generated context.</summary>
    public static HttpRequestMessage JsonRequest<TBody>(HttpMethod method, Uri uri, TBody body, JsonTypeInfo<TBody> typeInfo)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return new HttpRequestMessage(method, uri) { Content = content };
    }

    /// <summary>Sends a request and returns a successful response with its body unread.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(request, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation nobody asked for.
            throw new GiosgApiException(
                GiosgErrorKind.Timeout,
                $"{Describe(request)} got no answer within {_http.Timeout.TotalSeconds:0.#} seconds.",
                request.Method.Method,
                request.RequestUri?.PathAndQuery,
                innerException: exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ApiErrorTranslator.FromResponseAsync(response, _token, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _http.Dispose();

    private static void EnsureJson(HttpResponseMessage response)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        response.Dispose();
        var request = response.RequestMessage!;
        throw InvalidResponse(request, $"'{mediaType}' content instead of JSON", null);
    }

    private GiosgApiException NetworkFailure(HttpRequestMessage request, Exception exception) =>
        new(GiosgErrorKind.Network,
            _token.Redact($"{Describe(request)} failed: the connection to {request.RequestUri?.GetLeftPart(UriPartial.Authority)} broke or could not be made ({exception.Message}). Check the base URI and the network, then try again."),
            request.Method.Method,
            request.RequestUri?.PathAndQuery,
            innerException: exception);

    private static GiosgApiException InvalidResponse(HttpRequestMessage request, string what, Exception? inner) =>
        new(GiosgErrorKind.InvalidResponse,
            $"The Giosg API answered {Describe(request)} with {what}.",
            request.Method.Method,
            request.RequestUri?.PathAndQuery,
            innerException: inner);

    private static string Describe(HttpRequestMessage request) => $"{request.Method.Method} {request.RequestUri?.PathAndQuery}";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The concrete handler differs per target framework.")]
    private static HttpMessageHandler CreatePooledHandler()
    {
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            // Recycle pooled connections so DNS changes are seen by long-running runbooks.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
#else
        return new HttpClientHandler
        {
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
            AllowAutoRedirect = false,
        };
#endif
    }
}
