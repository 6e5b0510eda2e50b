using System.Management.Automation;
using Giosg.Client.Errors;
using Giosg.PowerShell.Errors;

namespace Giosg.PowerShell.Tests.Output;

public sealed class ApiErrorsTests
{
    [Theory]
    [InlineData(GiosgErrorKind.Authentication, ErrorCategory.AuthenticationError, "GiosgAuthenticationFailed")]
    [InlineData(GiosgErrorKind.PermissionDenied, ErrorCategory.PermissionDenied, "GiosgPermissionDenied")]
    [InlineData(GiosgErrorKind.NotFound, ErrorCategory.ObjectNotFound, "GiosgNotFound")]
    [InlineData(GiosgErrorKind.BadRequest, ErrorCategory.InvalidArgument, "GiosgBadRequest")]
    [InlineData(GiosgErrorKind.RateLimited, ErrorCategory.LimitsExceeded, "GiosgRateLimited")]
    [InlineData(GiosgErrorKind.ServerError, ErrorCategory.InvalidResult, "GiosgServerError")]
    [InlineData(GiosgErrorKind.Network, ErrorCategory.ConnectionError, "GiosgNetworkError")]
    [InlineData(GiosgErrorKind.Timeout, ErrorCategory.OperationTimeout, "GiosgTimeout")]
    [InlineData(GiosgErrorKind.InvalidResponse, ErrorCategory.InvalidData, "GiosgInvalidResponse")]
    [InlineData(GiosgErrorKind.UnsafePaging, ErrorCategory.SecurityError, "GiosgUnsafePaging")]
    public void Each_failure_kind_has_a_stable_id_a_category_and_a_next_step(GiosgErrorKind kind, ErrorCategory category, string errorId)
    {
        var chatId = Guid.NewGuid();

        var error = ApiErrors.From(new GiosgApiException(kind, "failed"), chatId);

        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal(category, error.Category);
        Assert.Equal(chatId, error.TargetObject);
        Assert.False(string.IsNullOrWhiteSpace(error.RecommendedAction));
    }

    [Fact]
    public void Every_failure_kind_is_mapped_to_a_specific_id()
    {
        var ids = Enum.GetValues<GiosgErrorKind>()
            .Where(kind => kind != GiosgErrorKind.Unexpected)
            .Select(kind => ApiErrors.From(new GiosgApiException(kind, "x"), null).ErrorId)
            .ToList();

        Assert.DoesNotContain("GiosgUnexpectedStatus", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_rate_limit_names_the_wait_the_api_asked_for_and_never_blames_the_listing()
    {
        var error = ApiErrors.From(new GiosgApiException(GiosgErrorKind.RateLimited, "limited", retryAfter: TimeSpan.FromSeconds(120)), null);

        Assert.Contains("Wait 2 minutes", error.RecommendedAction, StringComparison.Ordinal);
        Assert.Contains("-MaxRetryWait", error.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void No_recommended_action_sends_the_user_to_listing_filters()
    {
        var actions = Enum.GetValues<GiosgErrorKind>().Select(kind => ApiErrors.From(new GiosgApiException(kind, "x"), null).RecommendedAction);

        Assert.DoesNotContain(actions, action => action.Contains("filter", StringComparison.OrdinalIgnoreCase));
    }
}
