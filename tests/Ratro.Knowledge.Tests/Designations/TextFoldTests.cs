using Ratro.Knowledge.Designations;

namespace Ratro.Knowledge.Tests.Designations;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("ГОСТ P 50739-95", "ГОСТ Р 50739-95")]
    [InlineData("IЕС 60601", "IEC 60601")]
    [InlineData("B3AMEH ГОСТ Р 50267.1-99", "ВЗАМЕН ГОСТ Р 50267.1-99")]
    [InlineData("ГОСТ Р 50739\u00AD95", "ГОСТ Р 50739-95")]
    [InlineData("МЭК 60977\u201489", "МЭК 60977-89")]
    [InlineData("ГОСТ Р ИСО_МЭК 27001-2021", "ГОСТ Р ИСО/МЭК 27001-2021")]
    [InlineData("ГОСТ_Р_50739-95", "ГОСТ Р 50739-95")]
    [InlineData("44_пр", "44/пр")]
    [InlineData("«О персональных данных»", "\"О персональных данных\"")]
    [InlineData("согласно AAPM TG-142", "согласно AAPM TG-142")]
    [InlineData("рекомендации AAPM и ESTRO", "рекомендации AAPM и ESTRO")]
    [InlineData("Annex B of ISO 13485", "Annex B of ISO 13485")]
    public void Folds_one_character_for_one(string input, string expected)
    {
        var folded = TextFold.Fold(input);

        Assert.Equal(expected, folded);
        Assert.Equal(input.Length, folded.Length);
    }
}
