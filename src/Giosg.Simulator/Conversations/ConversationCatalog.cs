namespace Giosg.Simulator.Conversations;

/// <summary>The fixed texts generated conversations are made of, with quotes, line breaks, emoji and Finnish to escape.</summary>
internal static class ConversationCatalog
{
    public static readonly string[] VisitorLines =
    [
        "Hi! I have a question about my order.",
        "Hei, tilaukseni ei ole vielä saapunut.",
        "Can I change the delivery address?",
        "The payment page says \"error 500\" – what now?",
        "Thanks, that helped 👍",
        "Is there a discount for students?",
        "My invoice shows the wrong amount.",
        "Kiitos avusta!",
        "How do I reset my password?",
        "Okay, one moment please…",
        "Where can I find the return form?",
        "I pasted the error below:\nTimeoutException at checkout/step-2",
    ];

    public static readonly string[] UserLines =
    [
        "Hello! How can I help you today?",
        "Let me check that for you.",
        "Could you tell me your order number?",
        "I've updated the address on your order.",
        "Here are the instructions: https://www.example.com/support/faq#returns",
        "Hei! Miten voin auttaa?",
        "The refund will be visible in 3–5 business days.",
        "Is there anything else I can help with?",
        "I'm forwarding this to our billing team.",
        "Sorry for the wait!",
    ];

    public static readonly string[] SystemLines =
    [
        "Chat was transferred to another room.",
        "Visitor navigated to https://www.example.com/pricing",
        "Chat was routed to an available agent.",
    ];

    public const string AutosuggestLine = "Hi! Can we help you find something?";

    public const string AutosuggestRule = "Welcome autosuggest";

    public const string SystemRule = "Chat routing";

    public static MessageAttachment FeedbackCard(Func<int, Guid> id) => new(
        id(0),
        "How did we do?",
        "https://www.example.com/feedback",
        "Was this conversation **helpful**?",
        "https://www.example.com/images/feedback.png",
        "https://www.example.com/feedback",
        "_blank",
        [
            new AttachmentAction(id(1), "Yes", "button", "yes", "success", null, IsDisabledOnSelection: true, IsDisabledOnVisitorMessage: false),
            new AttachmentAction(id(2), "Maybe", "button", "maybe", "secondary", null, IsDisabledOnSelection: true, IsDisabledOnVisitorMessage: false),
            new AttachmentAction(id(3), "No", "button", "no", "danger", null, IsDisabledOnSelection: true, IsDisabledOnVisitorMessage: false),
            new AttachmentAction(id(4), "Contact us", "link_button", "https://www.example.com/contact", "link", "_blank", IsDisabledOnSelection: false, IsDisabledOnVisitorMessage: false),
        ]);
}
