using System.Collections.Frozen;

namespace Ratro.Knowledge.Answers.Questions;

/// <summary>
/// Words that carry no subject in a question: function words, question words and the verbs questions are phrased
/// with ("устанавливает", "does", "set"). Compared by stem (<see cref="Words.Stem"/>), so every form is covered.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Stems = Build(
        // Russian function and question words
        "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь", "во", "вот", "все", "всех",
        "вы", "где", "да", "даже", "для", "до", "его", "ее", "если", "есть", "еще", "же", "за", "здесь", "и", "из", "или",
        "им", "их", "к", "каков", "какова", "каково", "каковы", "какой", "какая", "какое", "какие", "каким", "какими",
        "какого", "какому", "каких", "какую", "как", "когда", "кого", "кем", "ком", "кому", "котор", "которые", "который",
        "кто", "куда", "ли", "либо", "между", "меня", "мне", "можно", "мой", "мы", "на", "над", "надо", "наш", "не", "него",
        "нее", "нет", "ни", "них", "но", "ну", "о", "об", "однако", "он", "она", "они", "оно", "от", "очень", "по", "под",
        "после", "при", "про", "с", "со", "так", "также", "такой", "там", "те", "тем", "то", "того", "тоже", "той", "только",
        "том", "ты", "у", "уже", "чего", "чем", "что", "чтобы", "чей", "чья", "эта", "эти", "это", "этот", "этой", "этом",
        "я", "сколько", "зачем", "почему", "каком", "какой-либо", "ли", "согласно", "соответствии", "чему", "равен", "равна",
        "равно", "равны", "составляет", "составляют", "является", "являются", "установлен", "установлена", "установлено",
        "установлены", "устанавливает", "устанавливают", "определяет", "определяют", "предусмотрен", "предусмотрена",
        "сказано", "говорится", "указано", "документ", "документе", "документа", "документы", "документов", "нормативный",
        "нормативн", "требования", "требований", "требованиям", "требование", "вопрос", "сравните", "сравнить",
        "должен", "должна", "должно", "должны", "иметь", "имеет", "может", "могут", "нужно", "следует", "происходить",
        "регулирует", "регулируют", "описывает", "описывают", "содержит", "содержат", "утверждает", "утверждают",
        "рассматривает", "посвящен", "посвящена", "касается", "относятся", "относится", "используется",
        "ссылается", "ссылаются", "ссылка", "отличается", "отличаются", "отличие", "различие", "различия", "разница",
        // English function and question words
        "a", "about", "above", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done", "each", "for",
        "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into",
        "is", "it", "its", "itself", "me", "more", "most", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "only",
        "or", "other", "our", "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "would", "you", "your", "according", "say", "says", "said", "set", "sets", "give", "gives", "given", "use",
        "uses", "used", "using", "tell", "document", "documents", "apply", "applies", "much", "many", "per", "within",
        "requirement", "requirements", "state", "states", "specify", "specifies", "define", "defines", "compare", "differ",
        "difference", "between", "versus", "vs", "still", "may", "might", "need", "needs", "happen", "happens", "name", "names", "named",
        "govern", "governs", "cover", "covers", "deal", "deals", "regulate", "regulates", "describe", "describes", "contain",
        "contains", "provide", "provides", "concern", "concerns", "address", "addresses", "refer", "refers", "cite", "cites",
        "comparison", "differences", "differs");

    public static bool Contains(string stem) => Stems.Contains(stem);

    private static FrozenSet<string> Build(params string[] words) =>
        words.Select(Words.Stem).Where(s => s.Length > 0).ToFrozenSet(StringComparer.Ordinal);
}
