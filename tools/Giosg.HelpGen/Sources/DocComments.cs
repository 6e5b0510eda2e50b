using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Giosg.HelpGen.Sources;

/// <summary>
/// The compiler's XML documentation file of the cmdlet assembly. Help text lives in
/// <c>&lt;para type="synopsis"&gt;</c> and <c>&lt;para type="description"&gt;</c> inside a
/// <c>&lt;summary&gt;</c>, the convention XmlDoc2CmdletDoc made; other summary text is for
/// maintainers and stays out of help.
/// </summary>
internal sealed partial class DocComments
{
    private readonly Dictionary<string, XElement> _members;

    private DocComments(Dictionary<string, XElement> members) => _members = members;

    public static DocComments Load(string path) =>
        new(XDocument.Load(path).Descendants("member")
            .Where(member => member.Attribute("name") is not null)
            .ToDictionary(member => (string)member.Attribute("name")!, StringComparer.Ordinal));

    /// <summary>The paragraphs of one kind (<c>synopsis</c>, <c>description</c>) of a type's summary.</summary>
    public IReadOnlyList<string> TypeParagraphs(Type type, string kind) => Paragraphs("T:" + DocName(type), kind);

    /// <summary>
    /// The description paragraphs of a parameter's property. An inherited property is documented
    /// where it is declared; an override without its own text takes its base's.
    /// </summary>
    public IReadOnlyList<string> PropertyDescription(PropertyInfo property)
    {
        for (var getter = property.GetMethod; getter is not null;)
        {
            var paragraphs = Paragraphs($"P:{DocName(getter.DeclaringType!)}.{property.Name}", "description");
            if (paragraphs.Count > 0)
            {
                return paragraphs;
            }

            var baseGetter = getter.GetBaseDefinition();
            getter = baseGetter.DeclaringType == getter.DeclaringType ? null : baseGetter;
        }

        return [];
    }

    /// <remarks>Doc comment ids name nested types with '.', where reflection uses '+'; generic types are not cmdlets.</remarks>
    private static string DocName(Type type) => type.FullName!.Replace('+', '.');

    private List<string> Paragraphs(string memberId, string kind) =>
        _members.TryGetValue(memberId, out var member)
            ? [.. member.Elements("summary").Elements("para")
                .Where(para => (string?)para.Attribute("type") == kind)
                .Select(Text)
                .Where(text => text.Length > 0)]
            : [];

    private static string Text(XElement element) => Whitespace().Replace(string.Concat(element.Nodes().Select(Text)), " ").Trim();

    private static string Text(XNode node) => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "see" or "seealso", IsEmpty: true } reference =>
            (string?)reference.Attribute("langword") ?? ShortName((string?)reference.Attribute("cref")),
        XElement { Name.LocalName: "paramref" or "typeparamref" } reference => (string?)reference.Attribute("name") ?? string.Empty,
        XElement element => string.Concat(element.Nodes().Select(Text)),
        _ => string.Empty,
    };

    /// <summary><c>T:Giosg.Client.Chats.Chat</c> reads as <c>Chat</c>, <c>M:Giosg.X.Run(System.String)</c> as <c>Run</c>.</summary>
    private static string ShortName(string? cref)
    {
        var name = cref?.Split('(')[0] ?? string.Empty;
        return name[(name.LastIndexOf('.') + 1)..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
