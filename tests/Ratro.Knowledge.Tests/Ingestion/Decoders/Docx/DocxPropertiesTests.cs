namespace Ratro.Knowledge.Tests.Ingestion.Decoders.Docx;

public sealed class DocxPropertiesTests
{
    [Fact]
    public async Task Core_properties_header_and_footer_are_properties_not_body()
    {
        var header = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>"
            + W.Raw(W.R("Федеральный закон от 27.07.2006 N 152-ФЗ") + "<w:r><w:br/></w:r>" + W.R("(ред. от 08.08.2024)"))
            + "</w:tc><w:tc>" + W.P("Дата сохранения: 17.06.2025") + "</w:tc></w:tr></w:tbl>";
        var footer = W.Raw(W.R("Страница ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + W.R("5") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
        var fixture = new DocxFixture
        {
            Title = "Федеральный закон от 27.07.2006 N 152-ФЗ\n(ред. от 08.08.2024)\n\"О персональных данных\"",
            Creator = "Редакция",
            Subject = "Персональные данные",
            Keywords = "152-ФЗ; персональные данные",
            Header = header,
            Footer = footer,
            Body = W.P("Статья 1. Сфера действия настоящего Федерального закона"),
        };

        var document = await fixture.DecodeAsync();

        Assert.Equal("Федеральный закон от 27.07.2006 N 152-ФЗ (ред. от 08.08.2024) \"О персональных данных\"", document.Properties["title"]);
        Assert.Equal("Редакция", document.Properties["author"]);
        Assert.Equal("Персональные данные", document.Properties["subject"]);
        Assert.Equal("152-ФЗ; персональные данные", document.Properties["keywords"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero), document.Properties["created"]);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 9, 30, 0, TimeSpan.Zero), document.Properties["modified"]);
        Assert.Equal("Федеральный закон от 27.07.2006 N 152-ФЗ\n(ред. от 08.08.2024)\nДата сохранения: 17.06.2025", document.Properties["header"]);
        Assert.Equal("Страница 5", document.Properties["footer"]);
        var block = Assert.Single(document.Blocks);
        Assert.Equal("Статья 1. Сфера действия настоящего Федерального закона", block.Text);
    }

    [Fact]
    public async Task Absent_properties_are_not_reported()
    {
        var document = await new DocxFixture { Body = W.P("Текст") }.DecodeAsync();

        Assert.False(document.Properties.ContainsKey("title"));
        Assert.False(document.Properties.ContainsKey("header"));
        Assert.False(document.Properties.ContainsKey("footer"));
    }
}
