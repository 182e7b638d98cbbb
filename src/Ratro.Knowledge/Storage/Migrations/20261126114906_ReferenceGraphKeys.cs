using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratro.Knowledge.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceGraphKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_relations_SourceCanonical",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "IX_relations_TargetCanonical",
                table: "relations");

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "relations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TargetKey",
                table: "relations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "WorkKey",
                table: "documents",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "document_names",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_names", x => x.Id);
                    table.ForeignKey(
                        name: "FK_document_names_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_relations_SourceKey_SourceClause",
                table: "relations",
                columns: new[] { "SourceKey", "SourceClause" });

            migrationBuilder.CreateIndex(
                name: "IX_relations_TargetKey_TargetClause",
                table: "relations",
                columns: new[] { "TargetKey", "TargetClause" });

            migrationBuilder.CreateIndex(
                name: "IX_relations_Type",
                table: "relations",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_documents_WorkKey",
                table: "documents",
                column: "WorkKey");

            migrationBuilder.CreateIndex(
                name: "IX_document_names_DocumentId",
                table: "document_names",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_document_names_Key",
                table: "document_names",
                column: "Key");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_names");

            migrationBuilder.DropIndex(
                name: "IX_relations_SourceKey_SourceClause",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "IX_relations_TargetKey_TargetClause",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "IX_relations_Type",
                table: "relations");

            migrationBuilder.DropIndex(
                name: "IX_documents_WorkKey",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "relations");

            migrationBuilder.DropColumn(
                name: "TargetKey",
                table: "relations");

            migrationBuilder.DropColumn(
                name: "WorkKey",
                table: "documents");

            migrationBuilder.CreateIndex(
                name: "IX_relations_SourceCanonical",
                table: "relations",
                column: "SourceCanonical");

            migrationBuilder.CreateIndex(
                name: "IX_relations_TargetCanonical",
                table: "relations",
                column: "TargetCanonical");
        }
    }
}
