using System.Text.Json;

namespace Giosg.Client.Reporting;

/// <summary>The query result as 002 writes it: the fields, then one datapoint (values in field order) per bucket.</summary>
internal sealed class ReportingResponse
{
    public List<ReportingResponseField>? Fields { get; set; }

    public List<List<JsonElement>>? Data { get; set; }
}

/// <summary>A result field: its name and whether it is a <c>dimension</c> or a <c>metric</c>.</summary>
internal sealed class ReportingResponseField
{
    public string? Name { get; set; }

    public string? Type { get; set; }
}
