using System.Management.Automation;
using Giosg.Client.Reporting;

namespace Giosg.PowerShell.Reporting;

/// <summary>
/// The objects Measure-GiosgChatSession writes: one per datapoint, typed
/// <c>Giosg.ChatSessionStatistic</c>, with a note property per field of the answer in its order,
/// named in PascalCase (<c>start_time</c> → <c>StartTime</c>, <c>visitor_ids_hyper_unique</c> →
/// <c>VisitorIdsHyperUnique</c>).
/// </summary>
internal static class ChatSessionStatistic
{
    public const string TypeName = "Giosg.ChatSessionStatistic";

    public static PSObject From(IReadOnlyList<ChatSessionField> fields, IReadOnlyList<object?> values)
    {
        var statistic = new PSObject();
        statistic.TypeNames.Insert(0, TypeName);
        for (var i = 0; i < fields.Count; i++)
        {
            statistic.Properties.Add(new PSNoteProperty(fields[i].PropertyName, values[i]));
        }

        return statistic;
    }
}
