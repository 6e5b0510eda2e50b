using Giosg.Client.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Giosg.Client.Http;

/// <summary>
/// The retry rules (docs/architecture.md, "Retries"): a request is repeated only when repeating
/// it is safe (<see cref="ApiRequest.Retryable"/>) and the failure is transient: 408, 429, 500,
/// 502, 503, 504, a broken or refused connection, a truncated body, an attempt that timed out.
/// Waits back off exponentially with jitter, follow Retry-After when the API gives one, and stop
/// once the request's wait budget would be exceeded.
/// </summary>
internal static class ResiliencePipelineFactory
{
    public static ResiliencePipeline Create(RetrySettings settings)
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
                    RequestTrace.Write($"Retrying {state.Request} in {arguments.RetryDelay.TotalSeconds:0.0#} s ({Reason(arguments.Outcome.Exception)}).");
                    return default;
                },
            });
        }

        return builder.AddTimeout(settings.AttemptTimeout).Build();
    }

    private static bool ShouldRetry(Exception? exception, ResilienceContext context, RetrySettings settings)
    {
        var state = context.Properties.GetValue(RequestState.Key, null!);
        if (!state.Request.Retryable || state.Waited >= settings.MaxRetryWait)
        {
            return false;
        }

        return exception switch
        {
            // Waiting longer than the budget allows would only delay the same failure.
            GiosgApiException { RetryAfter: { } pause } when state.Waited + pause > settings.MaxRetryWait => false,
            GiosgApiException api => IsTransient(api),
            TimeoutRejectedException => !context.CancellationToken.IsCancellationRequested,
            _ => false,
        };
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
        TimeoutRejectedException => "attempt timed out",
        _ => exception?.GetType().Name ?? "failure",
    };
}
