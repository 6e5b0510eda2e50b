using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Reads the JSON form of a <see cref="FaultPlan"/> that <c>PUT /_simulator/faults</c> takes:
/// <c>{"seed": 1, "rules": [RULE…]}</c> or <c>{"seed": 1, "spec": "mixed:0.1"}</c>. Strict: an unknown
/// property is an error, so a typo cannot quietly turn a rule into "every request".
/// </summary>
internal static class FaultPlanReader
{
    private static readonly string[] PlanProperties = ["seed", "rules", "spec"];
    private static readonly string[] RuleProperties = ["route", "path", "method", "probability", "first", "every", "fault"];
    private static readonly string[] RetryProperties = ["retryAfter", "retryAfterDate"];
    private static readonly string[] SelectionProperties = ["probability", "first", "every"];

    /// <returns>The plan, or <see langword="false"/> with an error naming the offending property (e.g. <c>rules[1].fault.status</c>).</returns>
    public static bool TryRead(JsonElement root, [NotNullWhen(true)] out FaultPlan? plan, [NotNullWhen(false)] out string? error)
    {
        plan = null;
        if (!IsObject(root, "the body", PlanProperties, out error))
        {
            return false;
        }

        var seed = 1;
        if (root.TryGetProperty("seed", out var seedElement) && !seedElement.TryGetInt32(out seed))
        {
            error = "seed: expected a whole number.";
            return false;
        }

        var hasRules = root.TryGetProperty("rules", out var rules);
        var hasSpec = root.TryGetProperty("spec", out var spec);
        if (hasRules == hasSpec)
        {
            error = "Give either \"rules\" (an array) or \"spec\" (the command line's text form).";
            return false;
        }

        if (hasSpec)
        {
            if (spec.ValueKind != JsonValueKind.String)
            {
                error = "spec: expected a string such as \"mixed:0.1\".";
                return false;
            }

            return FaultSpec.TryParse(spec.GetString()!, seed, out plan, out error);
        }

        if (rules.ValueKind != JsonValueKind.Array)
        {
            error = "rules: expected an array.";
            return false;
        }

        var result = FaultPlan.Create(seed);
        var index = 0;
        foreach (var element in rules.EnumerateArray())
        {
            if (!TryReadRule(element, $"rules[{index++}]", out var rule, out error))
            {
                return false;
            }

            result.Add(rule);
        }

        plan = result;
        return true;
    }

    private static bool TryReadRule(JsonElement element, string at, [NotNullWhen(true)] out FaultRule? rule, [NotNullWhen(false)] out string? error)
    {
        rule = null;
        if (!IsObject(element, at, RuleProperties, out error))
        {
            return false;
        }

        string? method = null;
        if (element.TryGetProperty("method", out var methodElement))
        {
            method = methodElement.ValueKind == JsonValueKind.String ? methodElement.GetString() : null;
            if (method is not { Length: > 0 } || !method.All(char.IsAsciiLetter))
            {
                error = $"{at}.method: expected an HTTP method such as \"GET\".";
                return false;
            }
        }

        var hasRoute = element.TryGetProperty("route", out var routeElement);
        var hasPath = element.TryGetProperty("path", out var pathElement);
        if (hasRoute && hasPath)
        {
            error = $"{at}: give \"route\" or \"path\", not both.";
            return false;
        }

        if (hasPath)
        {
            if (pathElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(pathElement.GetString()))
            {
                error = $"{at}.path: expected a regular expression.";
                return false;
            }

            try
            {
                rule = FaultRule.ForPath(pathElement.GetString()!, method);
            }
            catch (ArgumentException exception)
            {
                error = $"{at}.path: {exception.Message}";
                return false;
            }
        }
        else
        {
            var route = FaultRoute.Any;
            if (hasRoute && (routeElement.ValueKind != JsonValueKind.String || !FaultNames.TryRoute(routeElement.GetString()!, out route)))
            {
                error = $"{at}.route: expected one of {FaultNames.Routes}.";
                return false;
            }

            rule = FaultRule.For(route, method);
        }

        if (!TryReadSelection(element, at, ref rule, out error))
        {
            return false;
        }

        if (!element.TryGetProperty("fault", out var faultElement))
        {
            error = $"{at}.fault: missing.";
            return false;
        }

        if (!TryReadFault(faultElement, $"{at}.fault", out var fault, out error))
        {
            return false;
        }

        rule = rule.Respond(fault);
        return true;
    }

    /// <summary>At most one of <c>probability</c>, <c>first</c> and <c>every</c>; none means every matching request.</summary>
    private static bool TryReadSelection(JsonElement element, string at, ref FaultRule rule, [NotNullWhen(false)] out string? error)
    {
        error = null;
        var given = SelectionProperties.Where(name => element.TryGetProperty(name, out _)).ToArray();
        if (given.Length > 1)
        {
            error = $"{at}: give at most one of probability, first and every.";
            return false;
        }

        if (given.Length == 0)
        {
            return true;
        }

        var value = element.GetProperty(given[0]);
        if (given[0] == "probability")
        {
            if (value.ValueKind != JsonValueKind.Number || value.GetDouble() is not (>= 0 and <= 1))
            {
                error = $"{at}.probability: expected a number from 0 to 1.";
                return false;
            }

            rule = rule.Probability(value.GetDouble());
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var count) || count < 1)
        {
            error = $"{at}.{given[0]}: expected a whole number of at least 1.";
            return false;
        }

        rule = given[0] == "first" ? rule.First(count) : rule.Every(count);
        return true;
    }

    /// <summary>A fault object, or a string in the command line's form (<c>"429~0"</c>, <c>"slow2s"</c>).</summary>
    private static bool TryReadFault(JsonElement element, string at, [NotNullWhen(true)] out Fault? fault, [NotNullWhen(false)] out string? error)
    {
        fault = null;
        if (element.ValueKind == JsonValueKind.String)
        {
            if (FaultSpec.TryParseFault(element.GetString()!, out fault, out error))
            {
                return true;
            }

            error = $"{at}: {error}";
            return false;
        }

        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("kind", out var kindElement)
            || kindElement.ValueKind != JsonValueKind.String
            || !FaultNames.TryKind(kindElement.GetString()!, out var kind))
        {
            error = $"{at}: expected an object with a \"kind\" ({string.Join(", ", Enum.GetValues<FaultKind>().Select(FaultNames.Camel))}) or a string such as \"503\".";
            return false;
        }

        string[] allowed = kind switch
        {
            FaultKind.Status => ["kind", "status", .. RetryProperties],
            FaultKind.BurstOf429 => ["kind", "count", .. RetryProperties],
            FaultKind.Slow => ["kind", "delayMs"],
            FaultKind.OneOf => ["kind", "faults"],
            _ => ["kind"],
        };
        if (!IsObject(element, at, allowed, out error))
        {
            return false;
        }

        switch (kind)
        {
            case FaultKind.Status:
                if (!TryInteger(element, "status", at, 400, 599, out var status, out error) || !TryReadRetryAfter(element, at, out var retry, out error))
                {
                    return false;
                }

                fault = Fault.Status(status, retry);
                return true;
            case FaultKind.BurstOf429:
                if (!TryInteger(element, "count", at, 1, int.MaxValue, out var count, out error) || !TryReadRetryAfter(element, at, out retry, out error))
                {
                    return false;
                }

                fault = Fault.BurstOf429(count, retry);
                return true;
            case FaultKind.Slow:
                if (!TryInteger(element, "delayMs", at, 0, (int)TimeSpan.FromDays(1).TotalMilliseconds, out var delay, out error))
                {
                    return false;
                }

                fault = Fault.Slow(TimeSpan.FromMilliseconds(delay));
                return true;
            case FaultKind.OneOf:
                return TryReadOneOf(element, at, out fault, out error);
            default:
                fault = kind switch
                {
                    FaultKind.ResetBeforeResponse => Fault.ResetBeforeResponse,
                    FaultKind.ResetMidBody => Fault.ResetMidBody,
                    FaultKind.TruncatedJson => Fault.TruncatedJson,
                    FaultKind.InvalidJson => Fault.InvalidJson,
                    FaultKind.WrongContentType => Fault.WrongContentType,
                    _ => Fault.ForeignNextLink,
                };
                return true;
        }
    }

    private static bool TryReadOneOf(JsonElement element, string at, [NotNullWhen(true)] out Fault? fault, [NotNullWhen(false)] out string? error)
    {
        fault = null;
        if (!element.TryGetProperty("faults", out var faults) || faults.ValueKind != JsonValueKind.Array || faults.GetArrayLength() == 0)
        {
            error = $"{at}.faults: expected a non-empty array of faults.";
            return false;
        }

        var options = new List<Fault>();
        var index = 0;
        foreach (var option in faults.EnumerateArray())
        {
            if (!TryReadFault(option, $"{at}.faults[{index++}]", out var picked, out error))
            {
                return false;
            }

            options.Add(picked);
        }

        fault = Fault.OneOf([.. options]);
        error = null;
        return true;
    }

    /// <summary>
    /// <c>"retryAfter": N</c> (seconds), <c>"retryAfterDate": N</c> (an HTTP date N seconds ahead),
    /// <c>"retryAfter": null</c> (none) or neither (the status's default).
    /// </summary>
    private static bool TryReadRetryAfter(JsonElement element, string at, out RetryAfter? retryAfter, [NotNullWhen(false)] out string? error)
    {
        retryAfter = null;
        error = null;
        var hasSeconds = element.TryGetProperty("retryAfter", out var seconds);
        var hasDate = element.TryGetProperty("retryAfterDate", out var date);
        if (hasSeconds && hasDate)
        {
            error = $"{at}: give retryAfter or retryAfterDate, not both.";
            return false;
        }

        if (hasSeconds && seconds.ValueKind == JsonValueKind.Null)
        {
            retryAfter = RetryAfter.None;
            return true;
        }

        if (!hasSeconds && !hasDate)
        {
            return true;
        }

        var name = hasSeconds ? "retryAfter" : "retryAfterDate";
        if (!TryInteger(element, name, at, 0, 86_400, out var value, out error))
        {
            return false;
        }

        retryAfter = hasSeconds ? RetryAfter.Seconds(value) : RetryAfter.HttpDate(value);
        return true;
    }

    private static bool TryInteger(JsonElement element, string name, string at, int minimum, int maximum, out int value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        error = null;
        if (element.TryGetProperty(name, out var number)
            && number.ValueKind == JsonValueKind.Number
            && number.TryGetInt32(out value)
            && value >= minimum
            && value <= maximum)
        {
            return true;
        }

        error = $"{at}.{name}: expected a whole number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}.";
        return false;
    }

    private static bool IsObject(JsonElement element, string at, string[] allowed, [NotNullWhen(false)] out string? error)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"{at}: expected a JSON object.";
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                error = $"{at}: unknown property \"{property.Name}\"; expected {string.Join(", ", allowed)}.";
                return false;
            }
        }

        error = null;
        return true;
    }
}
