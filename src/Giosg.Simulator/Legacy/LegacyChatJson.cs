using System.Globalization;
using System.Text.Json;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Legacy;

/// <summary>Writes the page-numbered envelope and the older chat object with start_time, end_time and its embedded logs, tags, carts and API data.</summary>
internal static class LegacyChatJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Token = JsonEncodedText.Encode("token");
    private static readonly JsonEncodedText StartTime = JsonEncodedText.Encode("start_time");
    private static readonly JsonEncodedText EndTime = JsonEncodedText.Encode("end_time");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");
    private static readonly JsonEncodedText IsPrivate = JsonEncodedText.Encode("is_private");
    private static readonly JsonEncodedText IsRealConversation = JsonEncodedText.Encode("is_real_conversation");
    private static readonly JsonEncodedText IsAutosuggested = JsonEncodedText.Encode("is_autosuggested");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");
    private static readonly JsonEncodedText ApiData = JsonEncodedText.Encode("api_data");
    private static readonly JsonEncodedText OperatorMessageCount = JsonEncodedText.Encode("operator_message_count");
    private static readonly JsonEncodedText VisitorMessageCount = JsonEncodedText.Encode("visitor_message_count");
    private static readonly JsonEncodedText MessageCount = JsonEncodedText.Encode("message_count");
    private static readonly JsonEncodedText StartUrl = JsonEncodedText.Encode("start_url");
    private static readonly JsonEncodedText StartUrlTitle = JsonEncodedText.Encode("start_url_title");
    private static readonly JsonEncodedText AutosuggestUrl = JsonEncodedText.Encode("autosuggest_url");
    private static readonly JsonEncodedText AutosuggestUrlTitle = JsonEncodedText.Encode("autosuggest_url_title");
    private static readonly JsonEncodedText Logs = JsonEncodedText.Encode("logs");
    private static readonly JsonEncodedText Tags = JsonEncodedText.Encode("tags");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText SenderType = JsonEncodedText.Encode("sender_type");
    private static readonly JsonEncodedText SenderId = JsonEncodedText.Encode("sender_id");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("display_name");
    private static readonly JsonEncodedText NextPageUrl = JsonEncodedText.Encode("next_page_url");
    private static readonly JsonEncodedText PreviousPageUrl = JsonEncodedText.Encode("previous_page_url");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText NumPages = JsonEncodedText.Encode("num_pages");
    private static readonly JsonEncodedText PerPage = JsonEncodedText.Encode("per_page");
    private static readonly JsonEncodedText CurrentPage = JsonEncodedText.Encode("current_page");
    private static readonly JsonEncodedText NextPage = JsonEncodedText.Encode("next_page");
    private static readonly JsonEncodedText PreviousPage = JsonEncodedText.Encode("previous_page");
    private static readonly JsonEncodedText Results = JsonEncodedText.Encode("results");

    public static void WritePage(Utf8JsonWriter writer, HttpRequest request, LegacyPage page, int seed)
    {
        int? next = page.Number < page.PageCount ? page.Number + 1 : null;
        int? previous = page.Number > 1 ? page.Number - 1 : null;

        writer.WriteStartObject();
        writer.WriteNumber(Count, page.Count);
        writer.WriteNumber(NumPages, page.PageCount);
        writer.WriteNumber(PerPage, page.PageSize);
        writer.WriteNumber(CurrentPage, page.Number);
        writer.WriteNumberOrNull(NextPage, next);
        writer.WriteNumberOrNull(PreviousPage, previous);
        writer.WriteStringOrNull(NextPageUrl, LinkTo(request, next));
        writer.WriteStringOrNull(PreviousPageUrl, LinkTo(request, previous));
        writer.WriteStartArray(Results);
        foreach (var chat in page.Items)
        {
            WriteChat(writer, chat, seed);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteChat(Utf8JsonWriter writer, SimChat chat, int seed)
    {
        ref readonly var facts = ref chat.Facts;
        var state = chat.Lifecycle;
        var utc = facts.Has(ChatTraits.UtcDesignator);
        var visitorPage = facts.FirstVisitorMessagePage;
        var autosuggestPage = facts.AutosuggestPage;
        Span<byte> token = stackalloc byte[DerivedText.LegacyTokenLength];

        writer.WriteStartObject();
        writer.WriteString(Id, facts.Id);
        writer.WriteString(Token, DerivedText.LegacyToken(facts.Id, token));
        writer.WriteDateTime(StartTime, facts.CreatedTicks, utc);
        writer.WriteDateTimeOrNull(EndTime, state.EndedTicks, utc);
        writer.WriteDateTime(UpdatedAt, state.UpdatedTicks, utc);
        writer.WriteBoolean(IsPrivate, facts.Has(ChatTraits.Private));
        writer.WriteBoolean(IsRealConversation, facts.IsRealConversation);
        writer.WriteBoolean(IsAutosuggested, facts.Has(ChatTraits.Autosuggested));
        writer.WriteString(RoomId, facts.Room.Id);
        writer.WriteStartArray(ApiData);
        if (chat.Facts.HasVisitor && VisitorProfile.For(facts.Visitor) is { } visitor)
        {
            foreach (var (name, value) in new[] { ("name", visitor.Name), ("customer_number", visitor.CustomerNumber) })
            {
                if (value is not null)
                {
                    writer.WriteStartObject();
                    writer.WriteString(Name, name);
                    writer.WriteString("value", value);
                    writer.WriteEndObject();
                }
            }
        }

        writer.WriteEndArray();
        writer.WriteNumber(OperatorMessageCount, facts.UserMessageCount);
        writer.WriteNumber(VisitorMessageCount, facts.VisitorMessageCount);
        writer.WriteNumber(MessageCount, facts.MessageCount);
        writer.WriteStringOrNull(StartUrl, visitorPage?.Url);
        writer.WriteStringOrNull(StartUrlTitle, visitorPage?.Title);
        writer.WriteStringOrNull(AutosuggestUrl, autosuggestPage?.Url);
        writer.WriteStringOrNull(AutosuggestUrlTitle, autosuggestPage?.Title);

        WriteLogs(writer, chat, seed, utc);
        writer.WriteStartArray(Tags);
        foreach (var tag in chat.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString(Name, tag.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        LegacyCarts.Write(writer, facts, utc);
        writer.WriteEndObject();
    }

    /// <summary>The conversation's messages and autosuggestions (types 1 and 2; events have no place here), newest first as 003's example.</summary>
    private static void WriteLogs(Utf8JsonWriter writer, SimChat chat, int seed, bool utc)
    {
        var conversation = ConversationSeeder.Generate(chat, seed);
        writer.WriteStartArray(Logs);
        for (var i = conversation.Messages.Length - 1; i >= 0; i--)
        {
            var message = conversation.Messages[i];
            if (message.Type is not (MessageType.Msg or MessageType.Autosuggest))
            {
                continue;
            }

            var fromVisitor = message.Speaker == Speaker.Visitor;
            writer.WriteStartObject();
            writer.WriteDateTime(CreatedAt, message.CreatedTicks, utc);
            writer.WriteNumber(Type, message.Type == MessageType.Msg ? 1 : 2);
            writer.WriteNumber(SenderType, fromVisitor ? 2 : 1);
            writer.WriteStringOrNull(SenderId, fromVisitor ? conversation.VisitorId : message.User?.Id.ToString("D"));
            writer.WriteStringOrNull(Message, message.Text);
            writer.WriteStringOrNull(DisplayName, fromVisitor ? conversation.Visitor?.Name : message.User?.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string? LinkTo(HttpRequest request, int? page) =>
        page is { } number ? PageLinks.With(request, "page", number.ToString(CultureInfo.InvariantCulture)) : null;
}
