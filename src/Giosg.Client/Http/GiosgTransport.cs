using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Polly;
using Polly.Timeout;

namespace Giosg.Client.Http;

/// <summary>
/// The one HTTP pipeline of a connection: a pooled handler, the token on same-origin requests
/// only, retries of what is safe to repeat (<see cref="ResiliencePipelineFactory"/>), a pause
/// shared by every request when the API rate limits, JSON read straight from the response
/// stream, and failures turned into <see cref="GiosgApiException"/>.
/// </summary>
internal sealed class GiosgTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly ApiToken _token;
    private readonly ResiliencePipeline _pipeline;

    public GiosgTransport(ApiToken token, IReadOnlyList<Uri> origins, string userAgent, RetrySettings retry, HttpMessageHandler? innerHandler)
    {
        _token = token;
        var handler = new AuthorizationHandler(token, origins) { InnerHandler = innerHandler ?? CreatePooledHandler() };

        // Time limits live here and in the resilience pipeline (per attempt, per request), not in HttpClient.
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Retry = retry;
        _pipeline = ResiliencePipelineFactory.Create(retry, Gate);
    }

    public RetrySettings Retry { get; }

    /// <summary>The connection-wide pause after a 429 that some request is waiting out.</summary>
    internal RateGate Gate { get; } = new();

    /// <summary>GETs <paramref name="uri"/> and deserializes the body as it streams in.</summary>
    /// <param name="uri">The URL.</param>
    /// <param name="typeInfo">The body's type.</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <param name="observeBody">Wraps each attempt's body stream before it is deserialized (a listing sniffs the next link from it).</param>
    public async Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<Stream, Stream>? observeBody = null)
    {
        var request = ApiRequest.Get(uri);
        var answer = await ExecuteAsync(request, (response, state, token) => ReadJsonAsync(request, response, state, typeInfo, token, observeBody), cancellationToken).ConfigureAwait(false);
        return answer.Value;
    }

    /// <summary>Sends the request and deserializes a successful response's body, telling which success status the API chose (200 or 201, say) and after how many attempts.</summary>
    public Task<ApiResponse<T>> SendForJsonAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        ExecuteAsync(request, (response, state, token) => ReadJsonAsync(request, response, state, typeInfo, token), cancellationToken);

    /// <summary>
    /// Sends the request and deserializes a successful response's body when it has one: an answer the
    /// documents show no body for may come empty, and that is a success, not a broken response (null).
    /// </summary>
    public Task<ApiResponse<T?>> SendForOptionalJsonAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class =>
        ExecuteAsync(request, async (response, state, token) =>
        {
#if NET8_0_OR_GREATER
            var bytes = await response.Content.ReadAsByteArrayAsync(token).ConfigureAwait(false);
#else
            var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
#endif
            if (bytes.All(static b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return new ApiResponse<T?>(null, response.StatusCode, state.Attempts);
            }

            // The content is buffered now: the usual reader reads it again from memory.
            var read = await ReadJsonAsync(request, response, state, typeInfo, token).ConfigureAwait(false);
            return new ApiResponse<T?>(read.Value, read.Status, read.Attempts);
        }, cancellationToken);

    /// <summary>Sends a request whose successful answer has no body worth reading (a DELETE's 204).</summary>
    public Task<ApiResponse<HttpStatusCode>> SendWithoutResultAsync(ApiRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(request, static (response, state, _) => Task.FromResult(new ApiResponse<HttpStatusCode>(response.StatusCode, response.StatusCode, state.Attempts)), cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>Runs the attempts of one request through the resilience pipeline.</summary>
    private async Task<TResult> ExecuteAsync<TResult>(ApiRequest request, Func<HttpResponseMessage, RequestState, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
    {
        var state = new RequestState(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestState.Key, state);
        try
        {
            return await _pipeline.ExecuteAsync(
                async (ctx, attempt) => await attempt.Transport.AttemptAsync(attempt.State, attempt.Read, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Transport: this, State: state, Read: read)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw Exhausted(state, new GiosgApiException(
                GiosgErrorKind.Timeout,
                $"{request} got no complete answer within the request's deadline of {RetrySettings.Seconds(Retry.RequestDeadline)} (each attempt may take {RetrySettings.Seconds(Retry.AttemptTimeout)}).",
                request.Method.Method,
                request.Uri.PathAndQuery,
                innerException: exception));
        }
        catch (GiosgApiException exception) when (state.RefusedWait is { } refused)
        {
            throw WaitRefused(state, exception, refused.Wait, refused.Limit);
        }
        catch (GiosgApiException exception) when (state.Attempts > 1)
        {
            throw Exhausted(state, exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// One attempt: wait out the connection's rate-limit pause (paid from the request's wait budget,
    /// outside the attempt's timeout), then send a fresh message and read the answer within the
    /// attempt timeout. When the timeout fires the response is disposed, so a body stalled on a
    /// runtime whose streams ignore cancellation (.NET Framework) cannot outlive the attempt.
    /// </summary>
    private async Task<TResult> AttemptAsync<TResult>(RequestState state, Func<HttpResponseMessage, RequestState, CancellationToken, Task<TResult>> read, CancellationToken cancellationToken)
    {
        await WaitForGateAsync(state, cancellationToken).ConfigureAwait(false);
        state.Attempts++;
        var request = state.Request;
        var started = Stopwatch.GetTimestamp();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(Retry.AttemptTimeout);
        try
        {
            return await SendAndReadAsync(state, read, started, attempt.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested
            && exception is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException or GiosgApiException { Kind: GiosgErrorKind.Network })
        {
            Trace(state, "no complete answer", started, $"the attempt timed out after {RetrySettings.Seconds(Retry.AttemptTimeout)}");
            throw new GiosgApiException(
                GiosgErrorKind.Timeout,
                $"{request} got no complete answer within the attempt timeout ({RetrySettings.Seconds(Retry.AttemptTimeout)}).",
                request.Method.Method,
                request.Uri.PathAndQuery,
                innerException: exception);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested
            && exception is IOException or ObjectDisposedException or HttpRequestException)
        {
            // Cancelling disposes the response to cut a stalled body off; the read then fails with
            // whatever the stream throws. The caller asked to stop, so that is what it is told.
            throw new OperationCanceledException($"{request} was cancelled.", exception, cancellationToken);
        }
    }

    private async Task<TResult> SendAndReadAsync<TResult>(RequestState state, Func<HttpResponseMessage, RequestState, CancellationToken, Task<TResult>> read, long started, CancellationToken cancellationToken)
    {
        var request = state.Request;
        using var message = request.ToMessage();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            Trace(state, "no answer", started, exception.Message);
            throw NetworkFailure(request, exception);
        }

        using (response)
        using (cancellationToken.Register(static response => ((HttpResponseMessage)response!).Dispose(), response))
        {
            if (!response.IsSuccessStatusCode)
            {
                var failure = await ApiErrorTranslator.FromResponseAsync(response, _token, cancellationToken).ConfigureAwait(false);
                Trace(state, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), started, null);
                throw failure;
            }

            try
            {
                var result = await read(response, state, cancellationToken).ConfigureAwait(false);
                Trace(state, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), started, null);
                return result;
            }
            catch (GiosgApiException exception)
            {
                Trace(state, $"{(int)response.StatusCode}, unreadable body", started, exception.Kind.ToString());
                throw;
            }
        }
    }

    /// <summary>
    /// Holds the attempt back while the connection's rate gate is closed. The wait counts against
    /// the request's wait budget; one that cannot fit the budget or the deadline fails at once.
    /// </summary>
    private async Task WaitForGateAsync(RequestState state, CancellationToken cancellationToken)
    {
        var pause = Gate.Remaining;
        if (pause <= TimeSpan.Zero)
        {
            return;
        }

        var budget = Retry.MaxRetryWait - state.Waited;
        var deadline = Retry.RequestDeadline - state.Elapsed;
        if (pause > budget || pause >= deadline)
        {
            var limit = pause > budget
                ? $"this request's wait budget ({RetrySettings.Seconds(budget)} left of -MaxRetryWait {RetrySettings.Seconds(Retry.MaxRetryWait)})"
                : $"the request deadline ({RetrySettings.Seconds(deadline)} left of {RetrySettings.Seconds(Retry.RequestDeadline)})";
            var request = state.Request;
            throw WaitRefused(state, new GiosgApiException(GiosgErrorKind.RateLimited, string.Empty, request.Method.Method, request.Uri.PathAndQuery, retryAfter: pause), pause, limit);
        }

        state.Waited += pause;
        RequestTrace.Write($"Holding {state.Request} for {pause.TotalSeconds:0.0#} s: the API asked this connection to pause (429).");
        await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A wait the API asked for that the request could not afford: RateLimited, naming the wait and the limit.</summary>
    private GiosgApiException WaitRefused(RequestState state, GiosgApiException last, TimeSpan wait, string limit)
    {
        var sent = state.Attempts switch
        {
            0 => "was not sent",
            1 => "was sent once",
            _ => $"was sent {state.Attempts} times",
        };
        var status = last.StatusCode is { } code ? $" (last answer: {(int)code} {code})" : string.Empty;
        return new GiosgApiException(
            last.Kind == GiosgErrorKind.ServerError ? last.Kind : GiosgErrorKind.RateLimited,
            _token.Redact($"{state.Request} {sent}{status}: the API asked to wait {RetrySettings.Seconds(wait)} before trying again, more than {limit} allows. Try again after that wait, or allow longer waits with Connect-Giosg -MaxRetryWait."),
            last.Method,
            last.RequestPath,
            last.StatusCode,
            last.ServerDetail,
            last.Message.Length == 0 ? null : last,
            wait)
        {
            Attempts = state.Attempts,
        };
    }

    private async Task<ApiResponse<T>> ReadJsonAsync<T>(ApiRequest request, HttpResponseMessage response, RequestState state, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, Func<Stream, Stream>? observeBody = null)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            throw InvalidResponse(request, $"'{mediaType}' content instead of JSON", null);
        }

        try
        {
#if NET8_0_OR_GREATER
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            using var body = observeBody is null ? stream : observeBody(stream);
            var value = await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false);
            return new ApiResponse<T>(value ?? throw InvalidResponse(request, "an empty (null) JSON document", null), response.StatusCode, state.Attempts);
        }
        catch (JsonException exception)
        {
            throw InvalidResponse(request, $"JSON that does not match the documented shape ({exception.Message})", exception);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The body broke off mid-way (a reset, a truncated response): a network failure, and retryable.
            throw NetworkFailure(request, exception);
        }
        catch (HttpRequestException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailure(request, exception);
        }
    }

    private static void Trace(RequestState state, string outcome, long started, string? detail)
    {
        if (!RequestTrace.Enabled)
        {
            return;
        }

        var elapsed = (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
        var attempt = state.Attempts > 1 ? $" (attempt {state.Attempts})" : string.Empty;
        var extra = detail is null ? string.Empty : $": {detail}";
        RequestTrace.Write($"{state.Request.Method.Method} {RequestTrace.SafePathAndQuery(state.Request.Uri)} -> {outcome} in {elapsed:0} ms{attempt}{extra}");
    }

    private GiosgApiException Exhausted(RequestState state, GiosgApiException last) =>
        state.Attempts <= 1
            ? last
            : new GiosgApiException(
                last.Kind,
                _token.Redact($"{state.Request} failed after {state.Attempts} attempts over {state.Waited.TotalSeconds:0.#} s of waiting; the last: {last.Message}"),
                last.Method,
                last.RequestPath,
                last.StatusCode,
                last.ServerDetail,
                last,
                last.RetryAfter)
            {
                Attempts = state.Attempts,
            };

    private GiosgApiException NetworkFailure(ApiRequest request, Exception exception) =>
        new(GiosgErrorKind.Network,
            _token.Redact($"{request} failed: the connection to {request.Uri.GetLeftPart(UriPartial.Authority)} broke or could not be made ({exception.Message}). Check the base URI and the network, then try again."),
            request.Method.Method,
            request.Uri.PathAndQuery,
            innerException: exception);

    private static GiosgApiException InvalidResponse(ApiRequest request, string what, Exception? inner) =>
        new(GiosgErrorKind.InvalidResponse,
            $"The Giosg API answered {request} with {what}.",
            request.Method.Method,
            request.Uri.PathAndQuery,
            innerException: inner);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The concrete handler differs per target framework.")]
    private static HttpMessageHandler CreatePooledHandler()
    {
#if NET8_0_OR_GREATER
        return new SocketsHttpHandler
        {
            // Recycle pooled connections so DNS changes are seen by long-running runbooks.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
#else
        TlsPolicy.Apply();
        return new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            AllowAutoRedirect = false,
        };
#endif
    }
}
