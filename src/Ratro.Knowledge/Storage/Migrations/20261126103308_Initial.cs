using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratro.Knowledge.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Designation = table.Column<string>(type: "TEXT", nullable: false),
                    Canonical = table.Column<string>(type: "TEXT", nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    TitleRu = table.Column<string>(type: "TEXT", nullable: true),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", nullable: true),
                    Jurisdiction = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    StatusVerified = table.Column<string>(type: "TEXT", nullable: true),
                    StatusNote = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IcsCodes = table.Column<string>(type: "TEXT", nullable: false),
                    Access = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<string>(type: "TEXT", nullable: true),
                    EditionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsCurrentEdition = table.Column<bool>(type: "INTEGER", nullable: false),
                    source_file_name = table.Column<string>(type: "TEXT", nullable: true),
                    source_size = table.Column<long>(type: "INTEGER", nullable: true),
                    source_sha256 = table.Column<string>(type: "TEXT", nullable: true),
                    source_format = table.Column<string>(type: "TEXT", nullable: true),
                    source_media_type = table.Column<string>(type: "TEXT", nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", nullable: false),
                    IsDigest = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewFlags = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "clauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Depth = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Heading = table.Column<string>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    PageStart = table.Column<int>(type: "INTEGER", nullable: true),
                    PageEnd = table.Column<int>(type: "INTEGER", nullable: true),
                    Tables = table.Column<string>(type: "TEXT", nullable: false),
                    Footnotes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clauses_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "relations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceDocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceCanonical = table.Column<string>(type: "TEXT", nullable: false),
                    SourceClause = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    TargetCanonical = table.Column<string>(type: "TEXT", nullable: false),
                    TargetEdition = table.Column<string>(type: "TEXT", nullable: true),
                    TargetClause = table.Column<string>(type: "TEXT", nullable: true),
                    Degree = table.Column<string>(type: "TEXT", nullable: true),
                    Partial = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_relations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_relations_documents_EvidenceDocumentId",
                        column: x => x.EvidenceDocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clauses_DocumentId_Key",
                table: "clauses",
                columns: new[] { "DocumentId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_clauses_DocumentId_Ordinal",
                table: "clauses",
                columns: new[] { "DocumentId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_Canonical",
                table: "documents",
                column: "Canonical");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Slug",
                table: "documents",
                column: "Slug");

            migrationBuilder.CreateIndex(
                name: "IX_documents_source_sha256",
                table: "documents",
                column: "source_sha256");

            migrationBuilder.CreateIndex(
                name: "IX_relations_EvidenceDocumentId_Type",
                table: "relations",
                columns: new[] { "EvidenceDocumentId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_relations_SourceCanonical",
                table: "relations",
                column: "SourceCanonical");

            migrationBuilder.CreateIndex(
                name: "IX_relations_TargetCanonical",
                table: "relations",
                column: "TargetCanonical");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clauses");

            migrationBuilder.DropTable(
                name: "relations");

            migrationBuilder.DropTable(
                name: "documents");
        }
    }
}
