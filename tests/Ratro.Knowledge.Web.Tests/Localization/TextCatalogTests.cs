using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Web.Localization;

namespace Ratro.Knowledge.Web.Tests.Localization;

public sealed partial class TextCatalogTests
{
    /// <summary>Strings that are the same in both languages on purpose (a language's own name).</summary>
    private static readonly HashSet<string> SameInBoth = ["SiteText.LanguageRussian", "SiteText.LanguageEnglish"];

    public static TheoryData<string> Keys => new(TextCatalog.All.Keys.Order());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_string_is_written_in_Russian_and_in_English(string key)
    {
        var text = TextCatalog.All[key];

        Assert.False(string.IsNullOrWhiteSpace(text.Ru));
        Assert.False(string.IsNullOrWhiteSpace(text.En));
        if (!SameInBoth.Contains(key))
        {
            Assert.Matches(Cyrillic(), text.Ru);
            Assert.DoesNotMatch(Cyrillic(), text.En);
        }

        Assert.Equal(Placeholders(text.Ru), Placeholders(text.En));
    }

    [Fact]
    public void The_catalogue_holds_every_table()
    {
        Assert.True(TextCatalog.All.Count > 100, $"only {TextCatalog.All.Count} strings found");
        Assert.All(TextCatalog.Tables, t => Assert.Contains(TextCatalog.All.Keys, k => k.StartsWith(t.Name + ".", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_document_type_has_a_name_in_both_languages()
    {
        Assert.All(Enum.GetValues<DocumentType>(), type =>
        {
            Assert.True(DocumentTypeText.Has(type), type.ToString());
            Assert.Matches(Cyrillic(), DocumentTypeText.For(type).Ru);
            Assert.DoesNotMatch(Cyrillic(), DocumentTypeText.For(type).En);
        });
    }

    [Fact]
    public void Form_labels_and_validation_messages_name_keys_that_exist()
    {
        var keys = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(p => p.GetCustomAttributes<DisplayAttribute>().Select(a => a.Name)
                .Concat(p.GetCustomAttributes<ValidationAttribute>().Select(a => a.ErrorMessage)))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.NotNull(TextCatalog.Find(key)));
    }

    [Theory]
    [InlineData("ru", "AccountText.Email", "Электронная почта")]
    [InlineData("en", "AccountText.Email", "Email")]
    [InlineData("en", "ValidationText.Required", "The field “{0}” is required.")]
    public void The_localizer_resolves_keys_in_the_current_language(string culture, string key, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var value = new TextStringLocalizer()[key];
            Assert.Equal(expected, value.Value);
            Assert.False(value.ResourceNotFound);
            Assert.True(new TextStringLocalizer()["No.SuchKey"].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex("[А-Яа-яЁё]")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
