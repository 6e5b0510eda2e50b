using System.Text;
using Giosg.Simulator.Data;

namespace Giosg.Simulator.Conversations;

/// <summary>
/// Generates a chat's conversation when asked, from the seed and the chat's id: the same chat always
/// gets the same messages and nothing is stored, so a million-chat organization starts as fast as ever.
/// The conversation follows the chat as seeded: <c>message_count</c> <c>msg</c> messages split as
/// <c>user_message_count</c> and <c>visitor_message_count</c>, a join for every user member and a leave
/// for each who no longer participates, and now and then an autosuggestion, a system message or a
/// feedback card the visitor answers. Every message falls between the chat's start and its seeded end.
/// </summary>
internal static class ConversationSeeder
{
    private const ulong AttachmentSalt = 0xA77AC4;

    public static Conversation Generate(SimChat chat, int seed)
    {
        ref readonly var facts = ref chat.Facts;
        var seeded = chat.SeededLifecycle;
        var random = new SeedRandom(unchecked((int)DerivedText.Number(facts.Id, (uint)seed)));
        var start = facts.CreatedTicks;
        var end = seeded.IsEnded ? seeded.EndedTicks : seeded.UpdatedTicks;

        // Half the encrypted chats have outlived their key on the server: clients get only the ciphertext.
        var encrypted = facts.Has(ChatTraits.Encrypted);
        var keyLost = encrypted && random.Chance(0.5);
        var purgedTicks = !encrypted && seeded.IsEnded && facts.HasVisitor && random.Chance(0.05) ? end : 0;

        var plan = Plan(facts, seeded, random);
        var times = new long[plan.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = start + random.Millis(end - start);
        }

        Array.Sort(times);
        var messages = new SimMessage[plan.Count];
        SimMessage? card = null;
        for (var i = 0; i < plan.Count; i++)
        {
            var step = plan[i];
            var id = random.NextGuid();
            var action = step.Type == MessageType.Action && card is not null ? card.Attachment!.Actions[random.Next(3)] : null;
            var text = TextOf(step, action, random);
            var purged = purgedTicks != 0 && step.Speaker == Speaker.Visitor;
            var message = new SimMessage
            {
                Id = id,
                Type = step.Type,
                CreatedTicks = times[i],
                Speaker = step.Speaker,
                User = UserOf(facts, step.Speaker),
                Text = keyLost || purged ? null : text,
                EncryptedText = encrypted && text is not null ? DerivedText.Ciphertext(id, Encoding.UTF8.GetByteCount(text)) : null,
                PurgedTicks = purged ? purgedTicks : 0,
                Suggestion = step is { Type: MessageType.Msg, Speaker: not Speaker.Visitor } && text is not null && random.Chance(0.1)
                    ? new ReplySuggestion(random.NextGuid(), text, random.Between(500, 990) / 1000.0)
                    : null,
                Attachment = step.Card ? ConversationCatalog.FeedbackCard(n => DerivedText.Id(id, AttachmentSalt + (ulong)n)) : null,
                ResponseTo = action is null ? null : card,
                ResponseAction = action,
            };
            messages[i] = message;
            card = step.Card ? message : card;
        }

        var members = new List<ChatMember>(3);
        foreach (var speaker in new[] { Speaker.Visitor, Speaker.FirstUser, Speaker.SecondUser })
        {
            if (speaker == Speaker.Visitor ? facts.HasVisitor : UserOf(facts, speaker) is not null)
            {
                members.Add(Member(facts, speaker, messages, random));
            }
        }

        return new Conversation(chat, messages, [.. members]);
    }

    /// <summary>What happens in the chat, in order; the times are drawn afterwards and sorted onto it.</summary>
    private static List<Step> Plan(in ChatFacts facts, ChatLifecycle seeded, SeedRandom random)
    {
        var plan = new List<Step>(facts.MessageCount + 6);
        if (facts.Has(ChatTraits.Autosuggested))
        {
            plan.Add(new Step(MessageType.Autosuggest, Speaker.Rule));
        }

        // The visitor opens, the first user joins to answer, the second user joins somewhere along the way.
        int visitorLeft = facts.VisitorMessageCount, userLeft = facts.FirstUser is null ? 0 : facts.UserMessageCount;
        if (visitorLeft > 0)
        {
            plan.Add(new Step(MessageType.Msg, Speaker.Visitor));
            visitorLeft--;
        }

        if (facts.FirstUser is not null)
        {
            plan.Add(new Step(MessageType.Join, Speaker.FirstUser));
        }

        var secondJoinsAt = facts.SecondUser is null ? -1 : random.Next(visitorLeft + userLeft + 1);
        for (var step = 0; ; step++)
        {
            if (step == secondJoinsAt)
            {
                plan.Add(new Step(MessageType.Join, Speaker.SecondUser));
            }

            if (visitorLeft + userLeft == 0)
            {
                break;
            }

            if (random.Next(visitorLeft + userLeft) < visitorLeft)
            {
                plan.Add(new Step(MessageType.Msg, Speaker.Visitor));
                visitorLeft--;
            }
            else
            {
                var second = secondJoinsAt >= 0 && step >= secondJoinsAt && random.Chance(0.5);
                plan.Add(new Step(MessageType.Msg, second ? Speaker.SecondUser : Speaker.FirstUser));
                userLeft--;
            }
        }

        // The last user message may carry a feedback card, which the visitor may answer at once.
        var lastUserMessage = plan.FindLastIndex(step => step is { Type: MessageType.Msg, Speaker: not Speaker.Visitor });
        if (lastUserMessage >= 0 && random.Chance(0.15))
        {
            plan[lastUserMessage] = plan[lastUserMessage] with { Card = true };
            if (facts.HasVisitor && random.Chance(0.6))
            {
                plan.Insert(lastUserMessage + 1, new Step(MessageType.Action, Speaker.Visitor));
            }
        }

        if (plan.Count > 0 && random.Chance(0.1))
        {
            plan.Insert(1 + random.Next(plan.Count), new Step(MessageType.System, Speaker.Rule));
        }

        if (facts.FirstUser is not null && !seeded.Presence.HasFlag(Presence.FirstUserParticipating))
        {
            plan.Add(new Step(MessageType.Leave, Speaker.FirstUser));
        }

        if (facts.SecondUser is not null && !seeded.Presence.HasFlag(Presence.SecondUserParticipating))
        {
            plan.Add(new Step(MessageType.Leave, Speaker.SecondUser));
        }

        return plan;
    }

    private static string? TextOf(Step step, AttachmentAction? action, SeedRandom random) => step.Type switch
    {
        MessageType.Msg when step.Speaker == Speaker.Visitor => Pick(ConversationCatalog.VisitorLines, random),
        MessageType.Msg => Pick(ConversationCatalog.UserLines, random),
        MessageType.Autosuggest => ConversationCatalog.AutosuggestLine,
        MessageType.System => Pick(ConversationCatalog.SystemLines, random),
        MessageType.Action => action?.Text,
        _ => null,
    };

    private static ChatMember Member(in ChatFacts facts, Speaker speaker, SimMessage[] messages, SeedRandom random)
    {
        long joined = speaker == Speaker.Visitor ? facts.CreatedTicks : 0, lastSeen = joined, left = 0;
        var count = 0;
        foreach (var message in messages)
        {
            if (message.Speaker != speaker)
            {
                continue;
            }

            switch (message.Type)
            {
                case MessageType.Join:
                    joined = message.CreatedTicks;
                    break;
                case MessageType.Leave:
                    left = message.CreatedTicks;
                    continue;
                case MessageType.Msg:
                    count++;
                    break;
            }

            lastSeen = Math.Max(lastSeen, message.CreatedTicks);
        }

        var composing = random.Next(10);
        return new ChatMember
        {
            Speaker = speaker,
            User = UserOf(facts, speaker),
            JoinedTicks = joined,
            LastSeenTicks = Math.Max(lastSeen, joined),
            LeftTicks = left,
            MessageCount = count,
            ComposingWhilePresent = composing < 7 ? "idle" : composing < 9 ? "typing" : "typed",
        };
    }

    private static SimUser? UserOf(in ChatFacts facts, Speaker speaker) => speaker switch
    {
        Speaker.FirstUser => facts.FirstUser,
        Speaker.SecondUser => facts.SecondUser,
        _ => null,
    };

    private static string Pick(string[] lines, SeedRandom random) => lines[random.Next(lines.Length)];

    /// <param name="Type">The message's type.</param>
    /// <param name="Speaker">Who sends it.</param>
    /// <param name="Card">Whether it carries the feedback card.</param>
    private readonly record struct Step(MessageType Type, Speaker Speaker, bool Card = false);
}
