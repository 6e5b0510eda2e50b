using Giosg.Client.Errors;
using Polly;
using Polly.Retry;

namespace Giosg.Client.Http;

/// <summary>
/// The retry rules (docs/architecture.md, "Retries"): a request is repeated only when repeating
/// it is safe (<see cref="ApiRequest.Retryable"/>) and the failure is transient: 408, 429, 500,
/// 502, 503, 504, a broken or refused connection, a truncated body, an attempt that timed out.
/// Waits back off exponentially with jitter, follow Retry-After when the API gives one, and stop
/// once the request's wait budget or deadline would be exceeded. The per-attempt timeout is not
/// here: <see cref="GiosgTransport"/> starts it after the rate gate, so waits never eat into it.
/// </summary>
internal static class ResiliencePipelineFactory
{
    public static ResiliencePipeline Create(RetrySettings settings, RateGate gate)
    {
        var builder = new ResiliencePipelineBuilder().AddTimeout(settings.RequestDeadline);
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.BaseDelay,
                MaxDelay = settings.MaxRetryWait,
                ShouldHandle = arguments => new ValueTask<bool>(ShouldRetry(arguments.Outcome.Exception, arguments.Context, settings)),
                DelayGenerator = arguments => new ValueTask<TimeSpan?>((arguments.Outcome.Exception as GiosgApiException)?.RetryAfter),
                OnRetry = arguments =>
                {
                    var state = arguments.Context.Properties.GetValue(RequestState.Key, null!);
                    state.Waited += arguments.RetryDelay;
                    if (arguments.Outcome.Exception is GiosgApiException { Kind: GiosgErrorKind.RateLimited, RetryAfter: { } pause })
                    {
                        // Only a pause this request is going to wait out closes the gate for the others:
                        // they queue behind it instead of spending their own attempts on more 429s.
                        gate.PauseUntil(DateTimeOffset.UtcNow + pause);
                    }

                    RequestTrace.Write($"Retrying {state.Request} in {arguments.RetryDelay.TotalSeconds:0.0#} s ({Reason(arguments.Outcome.Exception)}).");
                    return default;
                },
            });
        }

        return builder.Build();
    }

    private static bool ShouldRetry(Exception? exception, ResilienceContext context, RetrySettings settings)
    {
        var state = context.Properties.GetValue(RequestState.Key, null!);
        if (!state.Request.Retryable || state.Waited >= settings.MaxRetryWait || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (exception is GiosgApiException { RetryAfter: { } pause } && IsTransient((GiosgApiException)exception))
        {
            // Waiting longer than the budget or the deadline allows would only end in the same failure, later.
            var limit = state.Waited + pause > settings.MaxRetryWait
                ? $"this request's wait budget ({RetrySettings.Seconds(settings.MaxRetryWait - state.Waited)} left of -MaxRetryWait {RetrySettings.Seconds(settings.MaxRetryWait)})"
                : state.Elapsed + pause >= settings.RequestDeadline
                    ? $"the request deadline ({RetrySettings.Seconds(settings.RequestDeadline - state.Elapsed)} left of {RetrySettings.Seconds(settings.RequestDeadline)})"
                    : null;
            if (limit is not null)
            {
                state.RefusedWait = (pause, limit);
                return false;
            }
        }

        return exception is GiosgApiException api && IsTransient(api);
    }

    private static bool IsTransient(GiosgApiException exception) => exception.Kind switch
    {
        GiosgErrorKind.Network or GiosgErrorKind.Timeout or GiosgErrorKind.RateLimited => true,
        GiosgErrorKind.ServerError => exception.StatusCode is null || (int)exception.StatusCode is 500 or 502 or 503 or 504,
        _ => false,
    };

    private static string Reason(Exception? exception) => exception switch
    {
        GiosgApiException { StatusCode: { } status } => $"{(int)status} {status}",
        GiosgApiException api => api.Kind.ToString(),
        _ => exception?.GetType().Name ?? "failure",
    };
}
