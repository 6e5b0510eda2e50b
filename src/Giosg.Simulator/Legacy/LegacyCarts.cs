using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary>
/// The older collection's shopping carts, derived from the seed: every fifth visitor chat has a cart of one or
/// two products, every other of those was purchased (locked): a sale, which <c>has_sales</c> filters on.
/// </summary>
internal static class LegacyCarts
{
    private static readonly (string Name, string Price)[] Products = [("Apple iPad Air 2", "499.90"), ("USB-C cable", "19.90"), ("Support plan", "9.00")];

    public static bool HasCart(in ChatFacts facts) => facts.HasVisitor && facts.CatalogIndex % 5 == 0;

    public static bool HasSale(in ChatFacts facts) => HasCart(facts) && facts.CatalogIndex % 10 == 0;

    public static void Write(Utf8JsonWriter writer, in ChatFacts facts, bool utc)
    {
        writer.WriteStartArray("shopping_carts");
        if (HasCart(facts))
        {
            var opened = facts.CreatedTicks + TimeSpan.TicksPerMinute;
            var count = 1 + (facts.CatalogIndex / 5 % 2);
            var total = 0m;
            writer.WriteStartObject();
            writer.WriteString("id", DerivedText.Id(facts.Id, 0xCA27));
            writer.WriteDateTime(JsonEncodedText.Encode("opened_at"), opened, utc);
            for (var i = 0; i < count; i++)
            {
                total += decimal.Parse(Products[i].Price, System.Globalization.CultureInfo.InvariantCulture);
            }

            writer.WriteString("total_price", total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("monthly_total_price", "0.00");
            writer.WriteString("currency", "EUR");
            writer.WriteDateTimeOrNull(JsonEncodedText.Encode("locked_at"), HasSale(facts) ? opened + TimeSpan.TicksPerMinute : 0, utc);
            writer.WriteStartArray("products");
            for (var i = 0; i < count; i++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", DerivedText.Id(facts.Id, 0xB0D0 + (ulong)i));
                writer.WriteString("name", Products[i].Name);
                writer.WriteString("description", "A product of the simulated shop.");
                writer.WriteString("category", "Chat");
                writer.WriteString("product_number", (12345 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("price", Products[i].Price);
                writer.WriteNumber("quantity", 1);
                writer.WriteNull("monthly_price");
                writer.WriteNull("monthly_quantity");
                writer.WriteNumber("stock_balance", 123);
                writer.WriteDateTime(JsonEncodedText.Encode("added_at"), opened, utc);
                writer.WriteNull("deleted_at");
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
