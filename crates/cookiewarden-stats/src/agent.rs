//! What a page view keeps of the browser: its family, its operating system and the kind of
//! device, never the user agent itself. Robots are recognised here and not counted.

use cookiewarden_core::browser_family;

/// The families a user agent is reduced to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agent {
    /// `Chrome`, `Firefox`, `Safari`, `Edge`, `Opera` or `Other`.
    pub browser: &'static str,
    /// `Windows`, `macOS`, `iOS`, `Android`, `ChromeOS`, `Linux` or `Other`.
    pub os: &'static str,
    /// `desktop`, `mobile` or `tablet`.
    pub device: &'static str,
}

/// Words found in the user agents of robots, crawlers, monitors, link previews and scripted
/// clients (compared in lowercase). A real browser carries none of them.
const ROBOT_MARKERS: [&str; 22] = [
    "bot",
    "crawl",
    "spider",
    "slurp",
    "headless",
    "lighthouse",
    "pagespeed",
    "preview",
    "monitor",
    "curl/",
    "wget/",
    "python",
    "java/",
    "go-http",
    "okhttp",
    "libwww",
    "httpclient",
    "phantomjs",
    "selenium",
    "puppeteer",
    "playwright",
    "facebookexternalhit",
];

/// The agent of a browser, or `None` for a robot or a client that says nothing about itself.
pub fn classify(user_agent: &str) -> Option<Agent> {
    let lower = user_agent.to_ascii_lowercase();
    if !lower.starts_with("mozilla/") || ROBOT_MARKERS.iter().any(|m| lower.contains(m)) {
        return None;
    }
    let os = if lower.contains("iphone") || lower.contains("ipad") || lower.contains("ipod") {
        "iOS"
    } else if lower.contains("android") {
        "Android"
    } else if lower.contains("cros") {
        "ChromeOS"
    } else if lower.contains("windows") {
        "Windows"
    } else if lower.contains("macintosh") || lower.contains("mac os x") {
        "macOS"
    } else if lower.contains("linux") {
        "Linux"
    } else {
        "Other"
    };
    // An Android device without "Mobile" in its agent is a tablet, by Android's own convention.
    let tablet = lower.contains("ipad")
        || lower.contains("tablet")
        || (lower.contains("android") && !lower.contains("mobile"));
    let device = if tablet {
        "tablet"
    } else if lower.contains("mobi") || lower.contains("iphone") {
        "mobile"
    } else {
        "desktop"
    };
    Some(Agent {
        browser: browser_family(user_agent),
        os,
        device,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_are_reduced_to_families_and_robots_refused() {
        let cases = [
            (
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
                Some(("Chrome", "Windows", "desktop")),
            ),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
                Some(("Safari", "iOS", "mobile")),
            ),
            (
                "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/604.1",
                Some(("Safari", "iOS", "tablet")),
            ),
            (
                "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36",
                Some(("Chrome", "Android", "mobile")),
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
                Some(("Firefox", "Linux", "desktop")),
            ),
            (
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
                Some(("Safari", "macOS", "desktop")),
            ),
            (
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                None,
            ),
            (
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
                None,
            ),
            ("curl/8.5.0", None),
            ("", None),
        ];
        for (agent, expected) in cases {
            let found = classify(agent).map(|a| (a.browser, a.os, a.device));
            assert_eq!(found, expected, "{agent}");
        }
    }
}
