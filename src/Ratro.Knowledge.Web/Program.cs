using Ratro.Knowledge;
using Ratro.Knowledge.Elasticsearch;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Data;
using Ratro.Knowledge.Web.Hosting;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;
using Ratro.Knowledge.Web.Operations;
using Ratro.Knowledge.Web.Security;
using Ratro.Knowledge.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddRatroHosting();
builder.Services.AddRatroKnowledge(builder.Configuration);
builder.Services.AddRatroElasticsearch(builder.Configuration);
builder.AddRatroWebData();
builder.AddRatroLocalization();
builder.AddRatroIdentity();
builder.AddRatroCms();
builder.AddRatroSecurity();
builder.AddRatroOperations();
builder.AddRatroSite();

var app = builder.Build();
app.UseRatroLocalization();
app.UseRatroErrorHandling();
app.UseRatroSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapRatroHealth();
app.MapCultureSwitch();
app.MapRatroSite();
await app.PrepareAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
