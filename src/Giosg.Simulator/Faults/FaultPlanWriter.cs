using System.Text.Json;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Faults;

/// <summary>
/// Writes what <c>GET /_simulator/faults</c> answers: the active plan's seed and rules in the JSON form
/// <c>PUT</c> takes (so a plan can be read back and put again), and the faults injected so far.
/// </summary>
internal static class FaultPlanWriter
{
    /// <summary>
    /// <c>{"active", "seed", "rules", "injected"}</c>; with no injector <c>active</c> is false and the lists
    /// empty; an injector that is not a <see cref="FaultPlan"/> has null seed, rules and injected.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IFaultInjector? injector)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("active", injector is not null);
        if (injector is FaultPlan plan)
        {
            writer.WriteNumber("seed", plan.Seed);
            writer.WriteStartArray("rules");
            foreach (var rule in plan.Rules)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("injected");
            foreach (var injected in plan.Injected)
            {
                WriteInjected(writer, injected);
            }

            writer.WriteEndArray();
        }
        else if (injector is null)
        {
            writer.WriteNull("seed");
            writer.WriteEmptyArray(JsonEncodedText.Encode("rules"));
            writer.WriteEmptyArray(JsonEncodedText.Encode("injected"));
        }
        else
        {
            writer.WriteNull("seed");
            writer.WriteNull("rules");
            writer.WriteNull("injected");
        }

        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, FaultRule rule)
    {
        writer.WriteStartObject();
        if (rule.PathPattern is { } path)
        {
            writer.WriteString("path", path);
        }
        else
        {
            writer.WriteString("route", FaultNames.Of(rule.Route));
        }

        if (rule.Method is { } method)
        {
            writer.WriteString("method", method);
        }

        var selection = rule.Selection;
        switch (selection.Kind)
        {
            case SelectionKind.Probability:
                writer.WriteNumber("probability", selection.Probability);
                break;
            case SelectionKind.First:
                writer.WriteNumber("first", selection.Count);
                break;
            case SelectionKind.Every:
                writer.WriteNumber("every", selection.Count);
                break;
        }

        writer.WritePropertyName("fault");
        WriteFault(writer, rule.Fault!);
        writer.WriteEndObject();
    }

    private static void WriteFault(Utf8JsonWriter writer, Fault fault)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", FaultNames.Camel(fault.Kind));
        switch (fault.Kind)
        {
            case FaultKind.Status:
                writer.WriteNumber("status", fault.StatusCode);
                WriteRetryAfter(writer, fault.RetryAfter);
                break;
            case FaultKind.BurstOf429:
                writer.WriteNumber("count", fault.Count);
                WriteRetryAfter(writer, fault.RetryAfter);
                break;
            case FaultKind.Slow:
                writer.WriteNumber("delayMs", (long)fault.Delay.TotalMilliseconds);
                break;
            case FaultKind.OneOf:
                writer.WriteStartArray("faults");
                foreach (var option in fault.Options)
                {
                    WriteFault(writer, option);
                }

                writer.WriteEndArray();
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>Always written for statuses, null for none, so reading it back never falls to a default.</summary>
    private static void WriteRetryAfter(Utf8JsonWriter writer, RetryAfter retryAfter)
    {
        if (retryAfter.Delay is not { } seconds)
        {
            writer.WriteNull("retryAfter");
        }
        else
        {
            writer.WriteNumber(retryAfter.AsHttpDate ? "retryAfterDate" : "retryAfter", seconds);
        }
    }

    private static void WriteInjected(Utf8JsonWriter writer, InjectedFault injected)
    {
        writer.WriteStartObject();
        writer.WriteNumber("request", injected.RequestNumber);
        writer.WriteString("method", injected.Method);
        writer.WriteString("path", injected.Path);
        writer.WriteString("query", injected.Query);
        writer.WriteString("kind", FaultNames.Camel(injected.Kind));
        writer.WriteString("fault", injected.Fault.ToString());
        writer.WriteEndObject();
    }
}
