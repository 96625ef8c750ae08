use std::path::Path;
use std::sync::Arc;

use cookiewarden_core::{Category, SiteDefinition, Slug};
use cookiewarden_store::{ApplyOutcome, SqlStore, Store, UndeclaredCookie, UndeclaredScript};

use crate::backends::fresh_stores;

fn example(name: &str) -> SiteDefinition {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    SiteDefinition::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn slug(s: &str) -> Slug {
    s.parse().unwrap()
}

#[tokio::test]
async fn a_site_reads_back_exactly_as_applied() {
    for test in fresh_stores().await {
        let shop = example("shop.toml");
        assert_eq!(
            test.store.apply_site(&shop).await.unwrap(),
            ApplyOutcome::Created,
            "{}",
            test.name
        );
        let stored = test.store.site(&slug("shop")).await.unwrap().unwrap();
        assert_eq!(stored, shop, "{}", test.name);
        assert_eq!(
            stored.policy_version(),
            shop.policy_version(),
            "{}",
            test.name
        );
        assert_eq!(
            test.store.site(&slug("nope")).await.unwrap(),
            None,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn applying_again_reports_unchanged_then_updated() {
    for test in fresh_stores().await {
        let mut shop = example("shop.toml");
        test.store.apply_site(&shop).await.unwrap();
        assert_eq!(
            test.store.apply_site(&shop).await.unwrap(),
            ApplyOutcome::Unchanged,
            "{}",
            test.name
        );
        shop.declarations
            .retain(|d| d.category != Category::Marketing);
        shop.site.name = "Renamed shop".into();
        assert_eq!(
            test.store.apply_site(&shop).await.unwrap(),
            ApplyOutcome::Updated,
            "{}",
            test.name
        );
        assert_eq!(
            test.store.site(&slug("shop")).await.unwrap().unwrap(),
            shop,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn create_if_absent_never_overwrites() {
    for test in fresh_stores().await {
        let platform = SiteDefinition::platform();
        assert!(
            test.store.create_site_if_absent(&platform).await.unwrap(),
            "{}",
            test.name
        );
        let mut edited = platform.clone();
        edited.declarations.pop();
        assert!(
            !test.store.create_site_if_absent(&edited).await.unwrap(),
            "{}",
            test.name
        );
        assert_eq!(
            test.store.site(&slug("platform")).await.unwrap().unwrap(),
            platform,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn concurrent_first_starts_create_the_site_once() {
    for test in fresh_stores().await {
        let store: Arc<dyn Store> = Arc::new(test.store.clone());
        let platform = SiteDefinition::platform();
        let attempts = (0..8).map(|_| {
            let store = Arc::clone(&store);
            let platform = platform.clone();
            tokio::spawn(async move { store.create_site_if_absent(&platform).await })
        });
        let mut created = 0;
        for attempt in attempts {
            if attempt.await.unwrap().unwrap() {
                created += 1;
            }
        }
        assert_eq!(created, 1, "{}", test.name);
        let stored = store.site(&slug("platform")).await.unwrap().unwrap();
        assert_eq!(stored.declarations.len(), 4, "{}", test.name);
        test.finish().await;
    }
}

#[tokio::test]
async fn nodes_adding_the_same_user_at_once_get_one_user_and_a_clear_answer() {
    for test in fresh_stores().await {
        // One pool per node, as separate processes starting together on one database.
        let mut nodes = Vec::new();
        for _ in 0..8 {
            nodes.push(Arc::new(SqlStore::connect(&test.url).await.unwrap()));
        }
        let attempts: Vec<_> = nodes
            .iter()
            .map(|node| {
                let node = Arc::clone(node);
                tokio::spawn(async move {
                    node.add_user(
                        &cookiewarden_core::Account {
                            name: "admin".parse().unwrap(),
                            admin: true,
                            memberships: vec![],
                            disabled: false,
                            password_hash: "$argon2id$x".into(),
                        },
                        None,
                    )
                    .await
                })
            })
            .collect();
        let mut added = 0;
        for attempt in attempts {
            match attempt.await.unwrap() {
                Ok(()) => added += 1,
                Err(cookiewarden_store::Error::UserExists(_)) => {}
                Err(other) => panic!("{}: {other}", test.name),
            }
        }
        assert_eq!(added, 1, "{}", test.name);
        for node in nodes {
            node.close().await;
        }
        test.finish().await;
    }
}

#[tokio::test]
async fn sites_are_listed_by_slug_and_survive_a_reopen() {
    for test in fresh_stores().await {
        test.store.apply_site(&example("shop.toml")).await.unwrap();
        test.store
            .apply_site(&example("opendata-portal.toml"))
            .await
            .unwrap();
        let listed: Vec<String> = test
            .store
            .sites()
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.slug.to_string())
            .collect();
        assert_eq!(listed, ["opendata-portal", "shop"], "{}", test.name);
        // Opening the same database again runs no migration twice and loses nothing.
        let reopened = SqlStore::connect(&test.url).await.unwrap();
        assert_eq!(
            reopened.schema_version().await.unwrap(),
            18,
            "{}",
            test.name
        );
        assert_eq!(
            reopened.site(&slug("shop")).await.unwrap().unwrap(),
            example("shop.toml")
        );
        reopened.close().await;
        test.store.ping().await.unwrap();
        if test.name == "sqlite" {
            // Readers go on while a write commits: the database is in WAL mode.
            use sqlx::{Connection, Row};
            let mut raw = sqlx::AnyConnection::connect(&test.url).await.unwrap();
            let mode: String = sqlx::query("PRAGMA journal_mode")
                .fetch_one(&mut raw)
                .await
                .unwrap()
                .get(0);
            assert_eq!(mode, "wal");
        }
        test.finish().await;
    }
}

#[tokio::test]
async fn a_failed_apply_leaves_the_previous_state() {
    for test in fresh_stores().await {
        let shop = example("shop.toml");
        test.store.apply_site(&shop).await.unwrap();
        // The site row is written first, then the declarations; a duplicate declaration (which
        // parsing refuses, so it is built by hand here) fails on the unique index half-way.
        let mut broken = shop.clone();
        broken.site.name = "Half-applied".into();
        broken.declarations.push(broken.declarations[0].clone());
        assert!(
            test.store.apply_site(&broken).await.is_err(),
            "{}",
            test.name
        );
        assert_eq!(
            test.store.site(&slug("shop")).await.unwrap().unwrap(),
            shop,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn unsupported_urls_are_refused_by_name() {
    let error = SqlStore::connect("mysql://localhost/db").await.unwrap_err();
    assert!(
        error.to_string().contains("mysql://localhost/db"),
        "{error}"
    );
}

#[tokio::test]
async fn the_catalogue_is_replaced_as_a_whole_and_reads_back() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../cookiewarden-core/tests/data/catalogue-sample.csv");
    let (catalogue, _) =
        cookiewarden_core::Catalogue::from_csv(&std::fs::read_to_string(sample).unwrap()).unwrap();
    for test in fresh_stores().await {
        assert!(
            test.store.catalogue().await.unwrap().entries().is_empty(),
            "{}",
            test.name
        );
        test.store.replace_catalogue(&catalogue).await.unwrap();
        test.store.replace_catalogue(&catalogue).await.unwrap();
        assert_eq!(
            test.store.catalogue().await.unwrap(),
            catalogue,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn unexplained_scripts_add_up_per_host_and_path() {
    let script = |host: &str, first: i64, last: i64, count: i64| UndeclaredScript {
        host: host.into(),
        path: "/lib.js".into(),
        first_seen: first,
        last_seen: last,
        sightings: count,
    };
    for test in fresh_stores().await {
        let shop = slug("shop");
        let batch = [
            script("cdn.vendor.example", 100, 120, 3),
            script("a.example", 110, 110, 1),
        ];
        test.store
            .record_undeclared_scripts(&shop, &batch)
            .await
            .unwrap();
        test.store
            .record_undeclared_scripts(&shop, &[script("cdn.vendor.example", 90, 200, 2)])
            .await
            .unwrap();
        assert_eq!(
            test.store.undeclared_scripts(&shop).await.unwrap(),
            vec![
                script("a.example", 110, 110, 1),
                script("cdn.vendor.example", 90, 200, 5)
            ],
            "{}",
            test.name
        );
        assert!(
            test.store
                .undeclared_scripts(&slug("other"))
                .await
                .unwrap()
                .is_empty(),
            "{}: sightings belong to their site",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn undeclared_sightings_add_up_per_name_domain_and_path() {
    let sighting = |name: &str, path: &str, first: i64, last: i64, count: i64| UndeclaredCookie {
        name: name.into(),
        domain: "shop.example".into(),
        path: path.into(),
        first_seen: first,
        last_seen: last,
        sightings: count,
    };
    for test in fresh_stores().await {
        let shop = slug("shop");
        assert!(
            test.store
                .undeclared_cookies(&shop)
                .await
                .unwrap()
                .is_empty()
        );
        test.store
            .record_undeclared(
                &shop,
                &[
                    sighting("_tracker", "/", 100, 120, 3),
                    sighting("_tracker", "/cart", 110, 110, 1),
                ],
            )
            .await
            .unwrap();
        // A later batch, including one sighting older than what is stored (another node's).
        test.store
            .record_undeclared(&shop, &[sighting("_tracker", "/", 90, 200, 2)])
            .await
            .unwrap();
        assert_eq!(
            test.store.undeclared_cookies(&shop).await.unwrap(),
            vec![
                sighting("_tracker", "/", 90, 200, 5),
                sighting("_tracker", "/cart", 110, 110, 1)
            ],
            "{}",
            test.name
        );
        assert!(
            test.store
                .undeclared_cookies(&slug("other"))
                .await
                .unwrap()
                .is_empty(),
            "{}: sightings belong to their site",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn users_read_back_with_memberships_and_names_are_unique() {
    use cookiewarden_core::{Account, Membership, Role};
    let account = |name: &str, admin: bool, memberships: Vec<Membership>| Account {
        name: name.parse().unwrap(),
        admin,
        memberships,
        disabled: false,
        password_hash: format!("$argon2id$fake${name}"),
    };
    for test in fresh_stores().await {
        test.store.apply_site(&example("shop.toml")).await.unwrap();
        test.store
            .apply_site(&example("opendata-portal.toml"))
            .await
            .unwrap();
        let root = account("root", true, vec![]);
        let eve = account(
            "eve@example.org",
            false,
            vec![
                Membership {
                    site: slug("shop"),
                    role: Role::Editor,
                },
                Membership {
                    site: slug("opendata-portal"),
                    role: Role::Viewer,
                },
            ],
        );
        test.store.add_user(&root, None).await.unwrap();
        test.store.add_user(&eve, None).await.unwrap();
        let error = test
            .store
            .add_user(&root, None)
            .await
            .unwrap_err()
            .to_string();
        assert_eq!(error, "user `root` exists already", "{}", test.name);
        let stray = account(
            "stray",
            false,
            vec![Membership {
                site: slug("nosuch"),
                role: Role::Viewer,
            }],
        );
        let error = test
            .store
            .add_user(&stray, None)
            .await
            .unwrap_err()
            .to_string();
        assert_eq!(error, "no site `nosuch`", "{}", test.name);
        assert_eq!(
            test.store.user(&"stray".parse().unwrap()).await.unwrap(),
            None,
            "{}: nothing half-created",
            test.name
        );

        let mut stored = test.store.user(&eve.name).await.unwrap().unwrap();
        stored.memberships.sort_by(|a, b| a.site.cmp(&b.site));
        let mut expected = eve.clone();
        expected.memberships.sort_by(|a, b| a.site.cmp(&b.site));
        assert_eq!(stored, expected, "{}", test.name);
        assert_eq!(
            test.store
                .users()
                .await
                .unwrap()
                .iter()
                .map(|u| u.name.to_string())
                .collect::<Vec<_>>(),
            ["eve@example.org", "root"],
            "{}",
            test.name
        );

        test.store
            .set_password(&root.name, "$argon2id$new")
            .await
            .unwrap();
        test.store.set_disabled(&root.name, true).await.unwrap();
        let root_now = test.store.user(&root.name).await.unwrap().unwrap();
        assert_eq!(
            (root_now.password_hash.as_str(), root_now.disabled),
            ("$argon2id$new", true),
            "{}",
            test.name
        );
        let nobody = "nobody".parse().unwrap();
        assert_eq!(
            test.store
                .set_disabled(&nobody, true)
                .await
                .unwrap_err()
                .to_string(),
            "no user `nobody`",
            "{}",
            test.name
        );
        test.finish().await;
    }
}

/// Adds an administrator with a stand-in hash and returns their name.
async fn add_admin(store: &dyn Store, name: &str) -> cookiewarden_core::Username {
    let name: cookiewarden_core::Username = name.parse().unwrap();
    store
        .add_user(
            &cookiewarden_core::Account {
                name: name.clone(),
                admin: true,
                memberships: vec![],
                disabled: false,
                password_hash: "$argon2id$x".into(),
            },
            None,
        )
        .await
        .unwrap();
    name
}

#[tokio::test]
async fn sessions_live_by_id_hash_and_end_alone_or_all_at_once() {
    for test in fresh_stores().await {
        let name = add_admin(&test.store, "root").await;
        for id in ["a1", "b2", "c3"] {
            test.store.create_session(id, &name, 100).await.unwrap();
        }
        test.store.touch_session("a1", 160).await.unwrap();
        let session = test.store.session("a1").await.unwrap().unwrap();
        assert_eq!(
            (session.user.as_str(), session.created_at, session.last_seen),
            ("root", 100, 160),
            "{}",
            test.name
        );
        test.store.delete_session("a1").await.unwrap();
        assert_eq!(
            test.store.session("a1").await.unwrap(),
            None,
            "{}",
            test.name
        );
        assert!(
            test.store.session("b2").await.unwrap().is_some(),
            "{}",
            test.name
        );
        // A new password logs the user out everywhere.
        test.store.set_password(&name, "$argon2id$y").await.unwrap();
        assert_eq!(
            test.store.session("b2").await.unwrap(),
            None,
            "{}",
            test.name
        );
        assert_eq!(
            test.store.session("c3").await.unwrap(),
            None,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn an_audited_change_and_its_entry_land_together_newest_first() {
    use cookiewarden_store::AuditEntry;
    for test in fresh_stores().await {
        let eve = add_admin(&test.store, "eve").await;
        let entry = |at_ms: i64, action: &str| AuditEntry {
            at_ms,
            actor: "root".into(),
            action: action.into(),
            target: "user:eve".into(),
            before: Some("{}".into()),
            after: None,
        };
        test.store
            .set_disabled_audited(&eve, true, &entry(1, "user.disable"))
            .await
            .unwrap();
        test.store
            .set_disabled_audited(&eve, false, &entry(2, "user.enable"))
            .await
            .unwrap();
        // A change that fails records nothing.
        let nobody = "nobody".parse().unwrap();
        assert!(
            test.store
                .set_disabled_audited(&nobody, true, &entry(3, "user.disable"))
                .await
                .is_err()
        );
        let log = test.store.audit_log(None, 10).await.unwrap();
        let entries: Vec<AuditEntry> = log.iter().map(|(_, e)| e.clone()).collect();
        assert_eq!(
            entries,
            vec![entry(2, "user.enable"), entry(1, "user.disable")],
            "{}",
            test.name
        );
        // Pages follow the entries' numbers: the next one starts before the last shown.
        let older = test.store.audit_log(Some(log[0].0), 10).await.unwrap();
        assert_eq!(older, log[1..], "{}", test.name);
        assert!(
            test.store
                .audit_log(Some(log[1].0), 10)
                .await
                .unwrap()
                .is_empty(),
            "{}",
            test.name
        );
        assert!(!test.store.user(&eve).await.unwrap().unwrap().disabled);
        test.finish().await;
    }
}

#[tokio::test]
async fn tokens_are_found_by_hash_listed_by_owner_and_revoked_with_their_entries() {
    use cookiewarden_core::{Access, TokenScope};
    use cookiewarden_store::{AuditEntry, NewToken};
    for test in fresh_stores().await {
        let root = add_admin(&test.store, "root").await;
        let eve = add_admin(&test.store, "eve").await;
        let entry = |action: &str| AuditEntry {
            at_ms: 1,
            actor: "root".into(),
            action: action.into(),
            target: String::new(),
            before: None,
            after: None,
        };
        let issue = |owner: &cookiewarden_core::Username, hash: &str, sites| NewToken {
            token_hash: hash.into(),
            owner: owner.clone(),
            label: format!("{hash} label"),
            scope: TokenScope {
                sites,
                access: Access::Read,
            },
            created_at: 50,
        };
        let scoped = test
            .store
            .add_token(
                &issue(&root, "h1", Some(vec![slug("shop"), slug("blog")])),
                &entry("token.create"),
            )
            .await
            .unwrap();
        let everywhere = test
            .store
            .add_token(&issue(&eve, "h2", None), &entry("token.create"))
            .await
            .unwrap();
        let found = test.store.token("h1").await.unwrap().unwrap();
        assert_eq!(found, scoped, "{}", test.name);
        assert_eq!(
            found.scope.sites,
            Some(vec![slug("shop"), slug("blog")]),
            "{}",
            test.name
        );
        assert_eq!(test.store.token("h3").await.unwrap(), None, "{}", test.name);
        let of_eve = test.store.tokens(Some(&eve)).await.unwrap();
        assert_eq!(of_eve, vec![everywhere.clone()], "{}", test.name);
        assert_eq!(
            test.store.tokens(None).await.unwrap().len(),
            2,
            "{}",
            test.name
        );

        test.store.touch_token(everywhere.id, 99).await.unwrap();
        let touched = test.store.token("h2").await.unwrap().unwrap();
        assert_eq!(touched.last_used_at, Some(99), "{}", test.name);

        test.store
            .revoke_token(scoped.id, &entry("token.revoke"))
            .await
            .unwrap();
        assert_eq!(test.store.token("h1").await.unwrap(), None, "{}", test.name);
        let again = test
            .store
            .revoke_token(scoped.id, &entry("token.revoke"))
            .await;
        assert!(again.is_err(), "{}", test.name);
        let actions: Vec<String> = test
            .store
            .audit_log(None, 10)
            .await
            .unwrap()
            .into_iter()
            .map(|(_, e)| format!("{} {}", e.action, e.target))
            .collect();
        assert_eq!(
            actions,
            [
                "token.revoke ".to_owned(),
                format!("token.create token:{}", everywhere.id),
                format!("token.create token:{}", scoped.id),
            ],
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn creating_a_site_refuses_a_slug_in_use_and_records_nothing_then() {
    use cookiewarden_store::AuditEntry;
    for test in fresh_stores().await {
        let entry = AuditEntry {
            at_ms: 1,
            actor: "root".into(),
            action: "site.create".into(),
            target: "site:shop".into(),
            before: None,
            after: Some("{}".into()),
        };
        let shop = example("shop.toml");
        test.store.create_site_audited(&shop, &entry).await.unwrap();
        assert_eq!(
            test.store.site(&slug("shop")).await.unwrap().unwrap(),
            shop,
            "{}",
            test.name
        );
        let mut renamed = shop.clone();
        renamed.site.name = "Another".into();
        let error = test
            .store
            .create_site_audited(&renamed, &entry)
            .await
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "site `shop` exists already",
            "{}",
            test.name
        );
        assert_eq!(
            test.store
                .site(&slug("shop"))
                .await
                .unwrap()
                .unwrap()
                .site
                .name,
            shop.site.name,
            "{}",
            test.name
        );
        assert_eq!(
            test.store.audit_log(None, 10).await.unwrap().len(),
            1,
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn page_views_add_up_per_day_count_visitors_once_and_raw_data_is_purged() {
    use cookiewarden_store::{Dimension, PageView};
    for test in fresh_stores().await {
        let shop = example("shop.toml");
        test.store.apply_site(&shop).await.unwrap();
        let day = 20_000; // days since the epoch
        let view = |minute_of_day: i64, path: &str, visitor: i64| PageView {
            site: slug("shop"),
            minute: day * 1440 + minute_of_day,
            path: path.into(),
            referrer: if path == "/" {
                "search.example".into()
            } else {
                String::new()
            },
            browser: "Firefox".into(),
            os: "Linux".into(),
            device: "desktop".into(),
            language: "fr".into(),
            visitor,
        };
        test.store
            .record_page_views(&[view(1, "/", 1), view(2, "/cart", 1), view(3, "/", 2)])
            .await
            .unwrap();
        // The same visitor again the same day, and the next day.
        let mut tomorrow = view(5, "/", 1);
        tomorrow.minute += 1440;
        test.store
            .record_page_views(&[view(4, "/cart", 2), tomorrow])
            .await
            .unwrap();
        let audience = test
            .store
            .audience(&slug("shop"), day..=day + 1, 10)
            .await
            .unwrap();
        let days: Vec<(i64, i64, i64)> = audience
            .days
            .iter()
            .map(|d| (d.day, d.views, d.visitors))
            .collect();
        assert_eq!(days, [(day, 4, 2), (day + 1, 1, 1)], "{}", test.name);
        let top = |dimension| {
            audience
                .top
                .iter()
                .filter(|r| r.dimension == dimension)
                .map(|r| (r.value.clone(), r.views))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            top(Dimension::Path),
            [("/".to_owned(), 3), ("/cart".to_owned(), 2)],
            "{}",
            test.name
        );
        assert_eq!(
            top(Dimension::Language),
            [("fr".to_owned(), 5)],
            "{}",
            test.name
        );
        let only_one = test
            .store
            .audience(&slug("shop"), day..=day, 1)
            .await
            .unwrap();
        assert_eq!(only_one.days.len(), 1, "{}", test.name);
        assert_eq!(only_one.top.len(), Dimension::ALL.len(), "{}", test.name);
        let raw = test
            .store
            .page_views(&slug("shop"), day * 1440..(day + 2) * 1440)
            .await
            .unwrap();
        assert_eq!(raw.len(), 5, "{}", test.name);
        assert_eq!(raw[0], view(1, "/", 1), "{}", test.name);

        // 25 months later the raw views are gone; the daily totals stay.
        let later = (day + 800) * 1440;
        assert_eq!(
            test.store.purge_statistics(later).await.unwrap(),
            5,
            "{}",
            test.name
        );
        let raw = test
            .store
            .page_views(&slug("shop"), 0..later)
            .await
            .unwrap();
        assert!(raw.is_empty(), "{}", test.name);
        let kept = test
            .store
            .audience(&slug("shop"), day..=day + 1, 10)
            .await
            .unwrap();
        assert_eq!(kept.days, audience.days, "{}", test.name);
        assert!(
            test.store
                .audience(&slug("blog"), day..=day, 10)
                .await
                .unwrap()
                .days
                .is_empty(),
            "{}",
            test.name
        );
        test.finish().await;
    }
}

#[tokio::test]
async fn a_days_salt_is_shared_and_destroyed_the_next_day() {
    for test in fresh_stores().await {
        assert_eq!(
            test.store.statistics_salt(10, "first").await.unwrap(),
            "first"
        );
        assert_eq!(
            test.store.statistics_salt(10, "second").await.unwrap(),
            "first",
            "{}: every node of a day gets the same salt",
            test.name
        );
        assert_eq!(
            test.store.statistics_salt(11, "third").await.unwrap(),
            "third"
        );
        assert_eq!(
            test.store.statistics_salt(10, "fourth").await.unwrap(),
            "fourth",
            "{}: the day before's salt is gone",
            test.name
        );
        test.finish().await;
    }
}
