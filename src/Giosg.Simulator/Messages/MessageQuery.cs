using Giosg.Simulator.Conversations;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Messages;

/// <summary>The message listing's query: <c>type__in</c>, <c>type__not_in</c> (comma-separated types) and the cursor.</summary>
internal sealed record MessageQuery(int Types, Cursor? Cursor)
{
    private const int AllTypes = (1 << 10) - 1;

    private static readonly string Choices = string.Join(", ", MessageTypes.WireNames);

    public bool Matches(SimMessage message) => (Types & (1 << (int)message.Type)) != 0;

    public static bool TryParse(IQueryCollection query, out MessageQuery result, out ApiError? error)
    {
        var reader = new QueryReader(query);
        var types = AllTypes;
        if (TypeList(reader, "type__in") is { } included)
        {
            types &= included;
        }

        if (TypeList(reader, "type__not_in") is { } excluded)
        {
            types &= ~excluded;
        }

        result = new MessageQuery(types, CursorParameter.Read(reader, SortField.Messages));
        error = reader.Error;
        return error is null;
    }

    /// <summary>The listed types as a bit set; null when the parameter is absent, empty, or names an unknown type.</summary>
    private static int? TypeList(QueryReader reader, string name)
    {
        if (reader.Text(name) is not { } text)
        {
            return null;
        }

        int? types = null;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!MessageTypes.TryParse(part, out var type))
            {
                reader.Fail(name, $"Select a valid choice. {part} is not one of the available choices: {Choices}.");
                return null;
            }

            types = (types ?? 0) | (1 << (int)type);
        }

        return types;
    }
}
