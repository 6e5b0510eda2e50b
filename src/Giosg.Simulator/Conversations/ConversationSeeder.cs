using System.Text;
using Giosg.Simulator.Data;

namespace Giosg.Simulator.Conversations;

/// <summary>
/// Generates a chat's conversation when asked, from the seed and the chat's id: the same chat always
/// gets the same messages and nothing is stored, so a million-chat organization starts as fast as ever.
/// The conversation follows the chat as seeded: an autosuggestion when the chat began with one,
/// <c>message_count</c> <c>msg</c> messages split as <c>user_message_count</c> and
/// <c>visitor_message_count</c>, a join for every user member and a leave for each who no longer
/// participates. Every message falls between the chat's start and its seeded end.
/// </summary>
internal static class ConversationSeeder
{
    private static readonly string[] VisitorLines =
        ["Hi! I have a question about my order.", "Hei, tilaukseni ei ole vielä saapunut.", "The payment page says \"error 500\" – what now?", "Thanks 👍\nThat helped."];

    private static readonly string[] UserLines =
        ["Hello! How can I help you today?", "Let me check that for you.", "Ohjeet: https://www.example.com/support/faq#returns"];

    public static Conversation Generate(SimChat chat, int seed)
    {
        ref readonly var facts = ref chat.Facts;
        var seeded = chat.SeededLifecycle;
        var random = new SeedRandom(unchecked((int)DerivedText.Number(facts.Id, (uint)seed)));
        var start = facts.CreatedTicks;
        var end = seeded.IsEnded ? seeded.EndedTicks : seeded.UpdatedTicks;

        var encrypted = facts.Has(ChatTraits.Encrypted);
        var keyLost = encrypted && KeyLost(random);

        var plan = Plan(facts, seeded, random);
        var times = new long[plan.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = start + random.Millis(end - start);
        }

        Array.Sort(times);
        var messages = new SimMessage[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            var (type, speaker) = plan[i];
            var id = random.NextGuid();
            var text = type switch
            {
                MessageType.Msg => speaker == Speaker.Visitor ? VisitorLines[random.Next(VisitorLines.Length)] : UserLines[random.Next(UserLines.Length)],
                MessageType.Autosuggest => "Hi! Can we help you find something?",
                _ => null,
            };
            messages[i] = new SimMessage
            {
                Id = id,
                Type = type,
                CreatedTicks = times[i],
                Speaker = speaker,
                User = UserOf(facts, speaker),
                Text = keyLost ? null : text,
                EncryptedText = encrypted && text is not null ? DerivedText.Ciphertext(id, Encoding.UTF8.GetByteCount(text)) : null,
            };
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

    /// <summary>Whether an encrypted chat has outlived its key on the server: clients get only the ciphertext of its messages and visitor variables.</summary>
    public static bool KeyLost(SimChat chat, int seed) =>
        chat.Facts.Has(ChatTraits.Encrypted) && KeyLost(new SeedRandom(unchecked((int)DerivedText.Number(chat.Facts.Id, (uint)seed))));

    /// <summary>Half the encrypted chats: the first draw of the chat's random.</summary>
    private static bool KeyLost(SeedRandom random) => random.Chance(0.5);

    /// <summary>What happens in the chat, in order; the times are drawn afterwards and sorted onto it.</summary>
    private static List<(MessageType Type, Speaker Speaker)> Plan(in ChatFacts facts, ChatLifecycle seeded, SeedRandom random)
    {
        var plan = new List<(MessageType, Speaker)>(facts.MessageCount + 5);
        if (facts.Has(ChatTraits.Autosuggested))
        {
            plan.Add((MessageType.Autosuggest, Speaker.Rule));
        }

        // The visitor opens, the first user joins to answer, the second user joins somewhere along the way.
        int visitorLeft = facts.VisitorMessageCount, userLeft = facts.FirstUser is null ? 0 : facts.UserMessageCount;
        if (visitorLeft > 0)
        {
            plan.Add((MessageType.Msg, Speaker.Visitor));
            visitorLeft--;
        }

        if (facts.FirstUser is not null)
        {
            plan.Add((MessageType.Join, Speaker.FirstUser));
        }

        var secondJoinsAt = facts.SecondUser is null ? -1 : random.Next(visitorLeft + userLeft + 1);
        for (var step = 0; ; step++)
        {
            if (step == secondJoinsAt)
            {
                plan.Add((MessageType.Join, Speaker.SecondUser));
            }

            if (visitorLeft + userLeft == 0)
            {
                break;
            }

            if (random.Next(visitorLeft + userLeft) < visitorLeft)
            {
                plan.Add((MessageType.Msg, Speaker.Visitor));
                visitorLeft--;
            }
            else
            {
                var second = secondJoinsAt >= 0 && step >= secondJoinsAt && random.Chance(0.5);
                plan.Add((MessageType.Msg, second ? Speaker.SecondUser : Speaker.FirstUser));
                userLeft--;
            }
        }

        if (facts.FirstUser is not null && !seeded.Presence.HasFlag(Presence.FirstUserParticipating))
        {
            plan.Add((MessageType.Leave, Speaker.FirstUser));
        }

        if (facts.SecondUser is not null && !seeded.Presence.HasFlag(Presence.SecondUserParticipating))
        {
            plan.Add((MessageType.Leave, Speaker.SecondUser));
        }

        return plan;
    }

    private static ChatMember Member(in ChatFacts facts, Speaker speaker, SimMessage[] messages, SeedRandom random)
    {
        long joined = speaker == Speaker.Visitor ? facts.CreatedTicks : 0, lastSeen = joined, left = 0;
        var count = 0;
        foreach (var message in messages.Where(message => message.Speaker == speaker))
        {
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
}
