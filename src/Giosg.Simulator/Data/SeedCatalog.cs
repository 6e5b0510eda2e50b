namespace Giosg.Simulator.Data;

/// <summary>The fixed names the seeded organization is made of.</summary>
internal static class SeedCatalog
{
    /// <summary>The organization's rooms and how busy each is (relative weights).</summary>
    public static readonly (string Name, int Weight)[] OwnedRooms =
    [
        ("Customer Support", 30),
        ("Sales", 20),
        ("Billing", 15),
        ("Technical Help", 10),
        ("Returns & Refunds", 8),
        ("Partnerships", 5),
    ];

    /// <summary>A partner's rooms shared with the organization: routed to it, not owned by it.</summary>
    public static readonly (string Name, int Weight)[] SharedRooms =
    [
        ("Partner Helpdesk", 7),
        ("Partner Web Shop", 5),
    ];

    /// <summary>The organization's users; the first one owns the API token unless told otherwise.</summary>
    public static readonly string[] OrganizationUsers =
        ["Aino Virtanen", "Mikko Korhonen", "Sofia Laine", "Elias Mäkinen", "Helmi Nieminen"];

    public static readonly string[] PartnerUsers = ["Oliver Berg", "Emma Lindqvist", "Noah Dahl"];

    /// <summary>Pages a visitor may have been on when writing or when shown an autosuggestion.</summary>
    public static readonly (string Url, string Title)[] Pages =
    [
        ("https://www.example.com/", "Frontpage"),
        ("https://www.example.com/pricing", "Pricing"),
        ("https://www.example.com/account/settings", "Profile Settings"),
        ("https://www.example.com/shop/cart?step=2", "Cart – Checkout"),
        ("https://www.example.com/support/faq#returns", "FAQ: Returns"),
        ("https://www.example.com/blog/2024/release-notes", "Release notes"),
        ("https://www.example.com/contact", "Contact us"),
        ("https://www.example.com/fi/tuotteet/kahvinkeitin", "Kahvinkeitin – Tuotteet"),
    ];

    /// <summary>
    /// Tag names rooms allow, including the awkward characters clients must escape in a path: space,
    /// '/', '%', '?', '#' and non-ASCII letters.
    /// </summary>
    public static readonly string[] Tags =
    [
        "Premium customer", "Follow-up/2026", "50% off", "Why?", "#vip", "Ääkköset",
        "Lead", "Billing question", "Bug/defect", "Needs callback", "Päivitys", "Support",
    ];

    /// <summary>Visitors who told their name, with the e-mail address they gave.</summary>
    public static readonly (string Name, string Email)[] Visitors =
    [
        ("Matti Meikäläinen", "matti.meikalainen@example.fi"),
        ("Jane Doe", "jane.doe@example.com"),
        ("Liisa O'Connor", "liisa.oconnor@example.ie"),
        ("Sven Svensson", "sven@example.se"),
        ("Chen Wei", "chen.wei@example.cn"),
        ("Ana García", "ana.garcia@example.es"),
    ];
}
