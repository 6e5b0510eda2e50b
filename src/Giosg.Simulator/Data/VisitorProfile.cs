using System.Globalization;

namespace Giosg.Simulator.Data;

/// <summary>
/// What a visitor told about themselves: their visitor variables, derived from the visitor id so a
/// returning visitor says the same in every chat, and nothing is stored per visitor.
/// </summary>
internal sealed class VisitorProfile
{
    private const ulong Salt = 0x715170;
    private static readonly string[] Languages = ["fi", "en", "sv"];

    private VisitorProfile(string? name, string? email, string? customerNumber, string language)
    {
        Name = name;
        Email = email;
        CustomerNumber = customerNumber;
        Language = language;
    }

    /// <summary>The name the visitor gave; also their <c>member_name</c> and <c>sender_name</c>.</summary>
    public string? Name { get; }

    public string? Email { get; }

    public string? CustomerNumber { get; }

    public string Language { get; }

    /// <summary>The variables in the order the visitor's page set them; every visitor has at least <c>language</c>.</summary>
    public IReadOnlyList<(string Key, string Value)> Variables
    {
        get
        {
            var variables = new List<(string, string)>(4) { ("language", Language) };
            if (Name is not null)
            {
                variables.Add(("name", Name));
            }

            if (Email is not null)
            {
                variables.Add(("email", Email));
            }

            if (CustomerNumber is not null)
            {
                variables.Add(("customer_number", CustomerNumber));
            }

            return variables;
        }
    }

    public static VisitorProfile For(UInt128 visitor)
    {
        var state = (ulong)visitor ^ (ulong)(visitor >> 64) ^ Salt;
        var roll = SplitMix64.Next(ref state);
        var (name, email) = SeedCatalog.Visitors[(int)(roll % (ulong)SeedCatalog.Visitors.Length)];
        var told = (roll >> 8) % 10;
        var number = (SplitMix64.Next(ref state) % 900_000) + 100_000;
        return new VisitorProfile(
            told < 6 ? name : null,
            told < 4 ? email : null,
            (roll >> 16) % 10 < 4 ? "CN-" + number.ToString(CultureInfo.InvariantCulture) : null,
            Languages[(int)((roll >> 24) % (ulong)Languages.Length)]);
    }
}
