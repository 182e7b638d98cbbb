using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Ratro.Knowledge.Web.Tests.Support;

namespace Ratro.Knowledge.Web.Tests.Browser;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (free port, temporary data directory, recipe applied) and one headless
/// Debian Chromium shared by the browser tests of a collection. Tests open their own contexts and use their own
/// slugs and accounts, so they do not depend on each other's data or order.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;

    public SiteFactory Site { get; } = new(new Dictionary<string, string?> { ["Cms:ApplyRecipe"] = "true" });

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public string? SkipReason { get; private set; }

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"{ChromiumPath} is absent (Debian package 'chromium'; test.sh installs it)";
            return;
        }

        Site.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Site.StartServer();
        var address = Site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A fresh browser context (own cookies) and page; skips the test when no browser is available.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A full-page screenshot. Chromium captures it by enlarging the viewport and restores it afterwards; the next two
    /// animation frames are awaited so that a click right after it lands on the laid-out page (on a busy machine a click
    /// during the restore hit nothing and the navigation the test waited for never came).
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true, Timeout = 60_000 });
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
