namespace Giosg.Client.Chats;

/// <summary>A visitor's shopping cart embedded in a <see cref="LegacyChat"/> (003). Prices are the API's decimal strings, kept as text.</summary>
public sealed record LegacyShoppingCart
{
    /// <summary>Unique identifier for the cart.</summary>
    public Guid Id { get; init; }

    /// <summary>When the first item was added.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>The cart's total, a decimal string.</summary>
    public string? TotalPrice { get; init; }

    /// <summary>The total monthly subscription sum, a decimal string.</summary>
    public string? MonthlyTotalPrice { get; init; }

    /// <summary>The currency, e.g. EUR.</summary>
    public string? Currency { get; init; }

    /// <summary>When the cart was purchased ("locked"), or null if it has not been.</summary>
    public DateTimeOffset? LockedAt { get; init; }

    /// <summary>Whether the cart was purchased: a sale.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsPurchased => LockedAt is not null;

    /// <summary>The products, including removed ones (<see cref="LegacyCartProduct.DeletedAt"/> set).</summary>
    public IReadOnlyList<LegacyCartProduct> Products { get; init; } = [];
}

/// <summary>A product in a <see cref="LegacyShoppingCart"/>.</summary>
public sealed record LegacyCartProduct
{
    /// <summary>Unique identifier for this item.</summary>
    public Guid Id { get; init; }

    /// <summary>The product's name.</summary>
    public string? Name { get; init; }

    /// <summary>The product's description.</summary>
    public string? Description { get; init; }

    /// <summary>The product's category.</summary>
    public string? Category { get; init; }

    /// <summary>The product number or id in the shop.</summary>
    public string? ProductNumber { get; init; }

    /// <summary>The price of one piece, a decimal string.</summary>
    public string? Price { get; init; }

    /// <summary>Pieces in the cart.</summary>
    public int? Quantity { get; init; }

    /// <summary>The monthly subscription price of one piece, a decimal string.</summary>
    public string? MonthlyPrice { get; init; }

    /// <summary>Monthly subscriptions in the cart.</summary>
    public int? MonthlyQuantity { get; init; }

    /// <summary>Pieces in stock.</summary>
    public int? StockBalance { get; init; }

    /// <summary>When it was added to the cart.</summary>
    public DateTimeOffset? AddedAt { get; init; }

    /// <summary>When it was removed from the cart; null while it is in the cart.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
}
