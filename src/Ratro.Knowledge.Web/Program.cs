using Ratro.Knowledge;
using Ratro.Knowledge.Elasticsearch;
using Ratro.Knowledge.Web.Api;
using Ratro.Knowledge.Web.Benchmarks;
using Ratro.Knowledge.Web.Caching;
using Ratro.Knowledge.Web.Catalogue;
using Ratro.Knowledge.Web.Cms;
using Ratro.Knowledge.Web.Corpus;
using Ratro.Knowledge.Web.Data;
using Ratro.Knowledge.Web.Hosting;
using Ratro.Knowledge.Web.Identity;
using Ratro.Knowledge.Web.Localization;
using Ratro.Knowledge.Web.Operations;
using Ratro.Knowledge.Web.Security;
using Ratro.Knowledge.Web.Site;
using Ratro.Knowledge.Web.Uploads;

var builder = WebApplication.CreateBuilder(args);
builder.AddRatroHosting();
builder.Services.AddRatroKnowledge(builder.Configuration);
builder.Services.AddRatroElasticsearch(builder.Configuration);
builder.AddRatroWebData();
builder.AddRatroLocalization();
builder.AddRatroIdentity();
builder.AddRatroCms();
builder.AddRatroCorpusSeeding();
builder.AddRatroCatalogue();
builder.AddRatroUploads();
builder.AddRatroApi();
builder.AddRatroCaching();
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
app.UseOutputCache();
app.MapRatroHealth();
app.MapCultureSwitch();
app.MapRatroCatalogue();
app.MapRatroApi();
app.MapRatroSite();
await app.PrepareAsync();
if (WebBenchmark.IsRequested(args))
{
    await WebBenchmark.RunAsync(app, args);
    return;
}

await app.RunAsync();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
