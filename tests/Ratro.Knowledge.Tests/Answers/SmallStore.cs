using Ratro.Knowledge.Documents;
using Ratro.Knowledge.Tests.Support;
using Microsoft.Extensions.AI;

namespace Ratro.Knowledge.Tests.Answers;

/// <summary>A data directory with a few documents of our own (built here, not the corpus), for one test.</summary>
public sealed class SmallStore : IAsyncDisposable
{
    private readonly TempDirectory folder = new();

    private SmallStore()
    {
    }

    public AnswerServices Services { get; private set; } = null!;

    public static async Task<SmallStore> OpenAsync(IChatClient? chat = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var store = new SmallStore();
        store.Services = await AnswerServices.OpenAsync(store.folder.File("data"), chat, settings);
        await store.Services.StoreAsync(Norms(), Accelerators(), Guide());
        return store;
    }

    /// <summary>Russian norms: the dose limit clause and a table.</summary>
    public static NormativeDocument Norms() =>
        DocumentBuilder.Ru("НРБ-99/2009").Canonical("СанПиН 2.6.1.2523-09").Alias("НРБ-99/2009").Title("Нормы радиационной безопасности")
            .Type(DocumentType.SanitaryNorms)
            .Clause("3.1.1", "Для персонала группы А предел эффективной дозы составляет 20 мЗв в год в среднем за 5 лет.", page: 4)
            .Clause("3.1.2", "Для населения предел эффективной дозы составляет 1 мЗв в год.", page: 4)
            .Build();

    /// <summary>An English guideline with a daily tolerance.</summary>
    public static NormativeDocument Accelerators() =>
        DocumentBuilder.En("AAPM TG-142").Title("Quality assurance of medical accelerators").Type(DocumentType.ProfessionalGuideline)
            .Clause("Table I", "Daily output constancy tolerance is 3% for X-ray beams. The door interlock must be functional every day.", "Daily quality assurance")
            .Clause("Table II", "Monthly output constancy tolerance is 2%.", "Monthly quality assurance")
            .Build();

    /// <summary>A members-only guide whose clause is the only one about gamma knife operators.</summary>
    public static NormativeDocument Guide() =>
        DocumentBuilder.Ru("МР 9.9.9-99").Title("Методика для членов ассоциации").Type(DocumentType.MethodicalGuideline).Access(AccessLevel.Members)
            .Clause("3.1.2", "Годовая доза операторов установки гамма-нож не должна превышать 7 мЗв по внутреннему регламенту отделения.")
            .Build();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        folder.Dispose();
    }
}
