using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ratro.Knowledge.Storage.Migrations
{
    /// <inheritdoc />
    public partial class StatusChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "StatusChangedAt",
                table: "documents",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "documents");
        }
    }
}
