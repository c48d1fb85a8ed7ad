//! Filters that decide whether a matched value is a real secret: placeholders, randomness,
//! entropy. They are pure functions of the value (and, for some, its line) so they are easy to
//! test and to tune on data.

/// The lowest Shannon entropy a random value of this length and alphabet plausibly has: its
/// expected entropy (the Miller–Madow estimate, `log2 k − (k − 1) / (2 n ln 2)`) less 0.6 bits,
/// for values of digits (`k` = 10) or hex digits (16). A rule's fixed threshold suits long
/// mixed-case keys but rejects short random ones: 3.5 bits turns away 18% of random
/// 32-hex-digit keys and 90% of 16-digit ones, while this floor turns away fewer than 0.3% of
/// them (24 digits and more). Other alphabets get no floor. (Used for hex values: of rules whose
/// format is hex, and of rules with a wider alphanumeric format, `Rule::entropy_ok`.)
pub fn entropy_floor(value: &[u8]) -> f64 {
    let n = value.len();
    if n < 16 {
        return f64::INFINITY;
    }
    let k = if value.iter().all(u8::is_ascii_digit) {
        10.0
    } else if value.iter().all(u8::is_ascii_hexdigit)
        && !(value.iter().any(u8::is_ascii_lowercase) && value.iter().any(u8::is_ascii_uppercase))
    {
        16.0
    } else {
        return f64::INFINITY;
    };
    let k: f64 = k;
    k.log2() - (k - 1.0) / (2.0 * n as f64 * std::f64::consts::LN_2) - 0.6
}

/// Shannon entropy in bits per byte.
pub fn shannon(s: &[u8]) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in s {
        counts[b as usize] += 1;
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|&&c| c > 0)
        .map(|&c| {
            let p = c as f64 / n;
            -p * p.log2()
        })
        .sum()
}

/// Words that mark a value as a template or documentation placeholder, never a live key.
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "xxxx",
    "****",
    "....",
    "your",
    "placeholder",
    "changeme",
    "changeit",
    "set-me",
    "set_me",
    "change_me",
    "change-me",
    "please-change",
    "please_change",
    "pleasechange",
    "dummy",
    "redacted",
    "sample",
    "…",
    // (The ellipsis JSON-escaped: `"iJzUuS\u2026C+W"`.)
    "\\u2026",
    "replace",
    "insert",
    "fake",
    "foobar",
    "notreal",
    "invalid",
    "not_real",
    "not-real",
    "not my real",
    "not a real",
    "not-a-real",
    "not_a_real",
    "notareal",
    // Values that say they are for tests (`s3cr3t-for-tests`, `jwt-secret-test-only`).
    "for-test",
    "for_test",
    "test-only",
    "test_only",
    "not-a-secret",
    "not_a_secret",
    "notasecret",
    "_here",
    "-here",
    "abcdef",
    "abcdefgh",
    "123456",
    "012345",
    "qwerty",
    "lorem",
    "ipsum",
    "123e4567-e89b-12d3",
    // A value an export or a log masked (`***masked***`), or one left to do (`TODO-set-in-vault`).
    "masked",
    "todo",
];

/// Prefixes of identifiers that providers document as public (OAuth client ids, publishable
/// keys): a secret-named variable holding one holds no secret. Salesforce connected-app consumer
/// keys (the OAuth client_id) start with `3MVG9`; Stripe publishable keys with `pk_live_` or
/// `pk_test_`; Mailgun public validation keys (meant for client-side code) with `pubkey-`;
/// Mapbox public access tokens (for browsers; secret ones start `sk.eyJ`) with `pk.eyJ`.
const PUBLIC_ID_PREFIXES: &[&str] = &[
    "3MVG9",
    // Amazon's Alexa and Login with Amazon ids: a skill's, an account's or a device's id, a
    // security profile's client id. (LWA's client secret is `amzn1.oa2-cs.v1.…`.)
    "amzn1.ask.skill.",
    "amzn1.ask.account.",
    "amzn1.ask.device.",
    "amzn1.application-oa2-client.",
    "amzn1.application.",
    "pk_live_",
    "pk_test_",
    "pubkey-",
    "pk.eyJ",
    // A GitHub App's client id (`Iv1.` and 16 hex).
    "Iv1.",
    // Vantage's object tokens (a report's, a workspace's, an access credential's id).
    "rprt_",
    "wrkspc_",
    "accss_crdntl_",
    "dshbrd_",
    "fltr_",
    // Adapty's public SDK keys (`public_live_…`) and Mintlify's search key for the docs front
    // end (`mint_dsc_…`): made to ship in apps and pages.
    "public_live_",
    "mint_dsc_",
    // Tailscale's public keys as `tailscale status --json` prints them (the private ones are
    // `privkey:`).
    "mkey:",
    "nodekey:",
    "discokey:",
    // An Anthropic message id in a log (`msg_01…`).
    "msg_01",
    // PubNub publish and subscribe keys ship inside client apps; only `sec-c-` is secret.
    "pub-c-",
    "sub-c-",
    // The key type that starts an SSH public key (`ssh-ed25519 AAAA… user@host`).
    "ssh-ed25519",
    "ssh-rsa",
    "ssh-dss",
    "ecdsa-sha2-",
    "sk-ssh-ed25519",
    "sk-ecdsa-sha2-",
    // Razorpay's key ids, which its Checkout.js takes in the browser (the key secret is apart).
    "rzp_live_",
    "rzp_test_",
    // Midtrans's client keys, for its Snap checkout in the browser (`Mid-server-` is secret).
    "Mid-client-",
    "SB-Mid-client-",
    // Nets Easy's checkout keys, for its payment page (its secret keys are `live-secret-key-`).
    "live-checkout-key-",
    "test-checkout-key-",
    // Branch's SDK key, embedded in apps (its secret is `secret_live_…`).
    "key_live_",
    "key_test_",
    // AdMob's app and ad unit ids (`ca-app-pub-<publisher>~<app>`, `…/<unit>`), in every app.
    "ca-app-pub-",
    // RevenueCat's public app-specific SDK keys (Apple, Google, Amazon), shipped in apps.
    "appl_",
    "goog_",
    "amzn_",
    // Supabase's publishable key (its secret key is `sb_secret_…`).
    "sb_publishable_",
    // PostHog's project API key, made for its browser snippet (personal keys are `phx_`).
    "phc_",
    // New Relic's browser key, embedded in every page its browser agent watches.
    "NRBR-",
    // Lob's publishable keys (its secret keys are `live_`/`test_` without `pub_`).
    "live_pub_",
    "test_pub_",
    // Square's application id, which its Web Payments SDK puts in the page (the secrets are
    // `EAAA…` access tokens and `sq0csp-` application secrets).
    "sq0idp-",
    "sq0idb-",
    // Kinvey's app key (`kid_…`), which identifies the app beside its secret.
    "kid_",
    // Shopware's sales-channel access key (`SWSC…`), which its Store API takes from the
    // storefront (the integration keys, `SWIA…`, have a secret).
    "SWSC",
    // A Tor onion service's public key file in base64 (`== ed25519v1-public: type0 ==`).
    "PT0gZWQyNTUxOXYxLXB1YmxpYzog",
    "sandbox-sq0idb-",
    // Flutterwave's public key (its secret key is `FLWSECK-`).
    "FLWPUBK-",
    "FLWPUBK_TEST-",
    // Checkout.com's sandbox public keys (its secret keys are `sk_sbox_…`).
    "pk_sbox_",
    // Paymob's public keys (`egy_pk_live_…`; the secret keys are `egy_sk_…`).
    "egy_pk_",
];

/// Base64 of the DER header of a SubjectPublicKeyInfo (a public key, as `-----BEGIN PUBLIC
/// KEY-----` holds it): EC P-256 / P-384 / P-521, RSA 1024 / 2048 / 3072 / 4096, Ed25519, X25519.
/// Private keys (PKCS #8: `MIIEvQIBADANBg…`, `MIGHAgEAMBMG…`) start differently.
const PUBLIC_KEY_DER_PREFIXES: &[&str] = &[
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
    "MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE",
    "MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQ",
    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ",
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
    "MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEA",
    "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA",
    "MCowBQYDK2VwAyEA",
    "MCowBQYDK2VuAyEA",
];

/// Is the value a public identifier by its prefix (see `PUBLIC_ID_PREFIXES`), or a public key
/// (see `PUBLIC_KEY_DER_PREFIXES`)?
/// An age recipient (`age1` and 58 bech32 characters): the public half of an age key, which
/// `.sops.yaml` files and READMEs carry by design.
fn is_age_recipient(s: &[u8]) -> bool {
    s.len() == 62
        && s.starts_with(b"age1")
        && s[4..]
            .iter()
            .all(|b| b.is_ascii_digit() && *b != b'1' || b"acdefghjklmnpqrstuvwxyz".contains(b))
}

/// A Jitsu browser (JavaScript) key, `js.<6>.<22>`: written into web pages by design (server
/// keys are `s2s.…`).
fn is_jitsu_browser_key(s: &[u8]) -> bool {
    let Some(rest) = s.strip_prefix(b"js.") else {
        return false;
    };
    rest.len() >= 27
        && rest[6] == b'.'
        && (20..=40).contains(&(rest.len() - 7))
        && rest[..6].iter().all(u8::is_ascii_alphanumeric)
        && rest[7..].iter().all(u8::is_ascii_alphanumeric)
}

/// Is the line a client SDK's initialisation with its public project token (Mixpanel's
/// `Mixpanel.initialize(token: …)`, `mixpanel.init("…")`)? The project token identifies the
/// project in every browser and app; the API secret is another value.
pub fn is_public_sdk_token_init(line: &[u8]) -> bool {
    let low = line.to_ascii_lowercase();
    contains(&low, b"mixpanel.init") || contains(&low, b"mixpanelapi.getinstance(")
}

pub fn is_public_id(s: &[u8]) -> bool {
    PUBLIC_ID_PREFIXES
        .iter()
        .chain(PUBLIC_KEY_DER_PREFIXES)
        .any(|p| s.starts_with(p.as_bytes()))
        || is_ethereum_address(s)
        || is_fcm_registration_token(s)
        || is_jitsu_browser_key(s)
        || is_okta_client_id(s)
        || is_ec_public_point(s)
        || is_age_recipient(s)
        || is_chain_public_value(s)
        || is_paddle_client_token(s)
        || is_adyen_client_key(s)
        || is_datadog_client_token(s)
        || is_braintree_tokenization_key(s)
        || is_stripe_client_secret(s)
        || is_sendgrid_template_id(s)
        || is_dingtalk_app_key(s)
        || is_twilio_sid(s)
        || is_gcs_hmac_access_id(s)
        || is_dynatrace_token_id(s)
        || is_app_id_hex16(s)
        || is_yandex_cloud_id(s)
        || is_plivo_auth_id(s)
        || is_openai_org_id(s)
        || is_github_client_id(s)
        || is_stripe_object_id(s)
        || is_typesense_scoped_key(s)
        || is_plaid_client_token(s)
        || is_clearbit_publishable_key(s)
        || is_minisign_public_key(s)
        || is_ably_key_name(s)
        || is_launchdarkly_mobile_key(s)
        || is_akahu_app_token(s)
        || is_livekit_api_key(s)
        || is_iban(s)
        || is_published_client_id(s)
        || is_object_named_uuid(s)
        || is_sigv4_credential_scope(s)
        || is_generalized_time(s)
        || is_client_id_field(s)
        || is_der_certificate_base64(s)
        || is_pk_public_key(s)
        || is_proxmox_token_id(s)
}

/// A Proxmox token's id, `user@realm!name` (`terraform@pve!ci`) in one of Proxmox's own
/// realms: it names the token; its secret is a UUID apart. (Not any `a@b!c`: passwords have
/// that shape too, `c4ny0n@Marek97!Copper9`.)
fn is_proxmox_token_id(s: &[u8]) -> bool {
    let Some(bang) = s.iter().position(|&b| b == b'!') else {
        return false;
    };
    let (user, name) = (&s[..bang], &s[bang + 1..]);
    let Some(at) = user.iter().position(|&b| b == b'@') else {
        return false;
    };
    let ident = |p: &[u8]| {
        !p.is_empty()
            && p.iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    matches!(&user[at + 1..], b"pam" | b"pve" | b"pbs") && ident(&user[..at]) && ident(name)
}

/// A public key of a payment provider that pairs `pk_` with an `sk_` secret in one of two
/// shapes: Checkout.com's `pk_` and 27 base32 letters and digits, Tabby's `pk_` and a UUID.
/// (Not every `pk_`: Klaviyo's private API keys are `pk_` and 34 mixed-case characters.)
fn is_pk_public_key(s: &[u8]) -> bool {
    let Some(rest) = s.strip_prefix(b"pk_") else {
        return false;
    };
    is_uuid(rest)
        || (rest.len() == 27
            && rest
                .iter()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(b)))
}

/// A certificate or a certificate request in base64 DER (`MIIDdzCCAl+gAwIBAgIJ…`), or that
/// base64 encoded once more as some APIs carry it (ZATCA's `binarySecurityToken`, `TUlJ…`): a
/// SEQUENCE whose first element is a SEQUENCE that starts with a version tag or a serial number.
/// (A private key's first element is its version INTEGER; an encrypted one's, an algorithm.)
fn is_der_certificate_base64(s: &[u8]) -> bool {
    let der_head = |b64: &[u8]| -> Option<Vec<u8>> { base64_decode(b64.get(..12)?) };
    let head = if s.starts_with(b"MII") {
        der_head(s)
    } else if s.starts_with(b"TUlJ") {
        s.get(..24)
            .and_then(base64_decode)
            .and_then(|inner| der_head(&inner))
    } else {
        None
    };
    head.is_some_and(|d| {
        d.len() >= 9
            && d[0] == 0x30
            && d[1] == 0x82
            && d[4] == 0x30
            && d[5] == 0x82
            && matches!(d[8], 0xa0 | 0x02)
    })
}

/// An LDAP/X.680 GeneralizedTime (`20240611093015Z`, `20240611093015.123Z`), as directory
/// entries print `krbLastPwdChange` and `pwdChangedTime`: when a password changed.
fn is_generalized_time(s: &[u8]) -> bool {
    let Some(body) = s.strip_suffix(b"Z") else {
        return false;
    };
    let (whole, fraction) = match body.iter().position(|&b| b == b'.') {
        Some(dot) => (&body[..dot], &body[dot + 1..]),
        None => (body, &b""[..]),
    };
    whole.len() == 14
        && whole.iter().all(u8::is_ascii_digit)
        && fraction.iter().all(u8::is_ascii_digit)
        && matches!(&whole[..2], b"19" | b"20")
}

/// A header's `client_id:…` field (OneLogin's `Authorization: client_id:<id>, client_secret:…`):
/// the client's id, not its secret.
fn is_client_id_field(s: &[u8]) -> bool {
    s.len() > 10
        && (s[..10].eq_ignore_ascii_case(b"client_id:")
            || s[..10].eq_ignore_ascii_case(b"client_id="))
}

/// A SigV4 signature's credential scope (`AKIA…/20240105/eu-west-1/s3/aws4_request`, or
/// URL-encoded with `%2F`), as presigned URLs and signed requests carry it: the access key id
/// and the scope, never the secret.
fn is_sigv4_credential_scope(s: &[u8]) -> bool {
    s.len() > 12 && s[s.len() - 12..].eq_ignore_ascii_case(b"aws4_request")
}

/// A UUID named for the object it identifies (`session_<uuid>` in a chat widget's webhook
/// payload, `visitor_…`, `conversation_…`): an id, as a session *cookie* is not.
fn is_object_named_uuid(s: &[u8]) -> bool {
    // (beehiiv's publication ids: `pub_<uuid>`; Stytch's session ids, `session-live-<uuid>`:
    // its session *token* is the secret.)
    // (Algolia Insights' anonymous `userToken`, `anon-<uuid>`.)
    // (Packer's temporary key pairs, `packer_<uuid>`: a key pair's name.)
    const OBJECTS: [&[u8]; 14] = [
        b"packer_",
        b"pub_",
        b"anon-",
        b"anonymous-",
        b"session-live-",
        b"session-test-",
        b"session_",
        b"visitor_",
        b"conversation_",
        b"chat_",
        b"user_",
        b"event_",
        b"request_",
        b"message_",
    ];
    OBJECTS
        .iter()
        .any(|p| s.strip_prefix(*p).is_some_and(is_uuid))
}

/// Identifiers their owners publish: a Google Analytics 4 measurement id (`G-` and ten upper-case
/// letters and digits, in every page's tag), an ORCID member API client id (`APP-` and sixteen),
/// a Roboflow publishable key (`rf_` and the workspace id, for browser inference), and a
/// Brightcove player's policy key (`BCpk…`, set in every page that embeds the player).
fn is_published_client_id(s: &[u8]) -> bool {
    let upper_alnum = |t: &[u8]| {
        t.iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && t.iter().any(u8::is_ascii_digit)
    };
    (s.len() == 12 && s.starts_with(b"G-") && upper_alnum(&s[2..]))
        || (s.len() == 20 && s.starts_with(b"APP-") && upper_alnum(&s[4..]))
        || (s.starts_with(b"rf_")
            && (20..=32).contains(&(s.len() - 3))
            && s[3..].iter().all(u8::is_ascii_alphanumeric))
        || (s.starts_with(b"BCpk")
            && s.len() >= 60
            && s[4..]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_')))
}

/// What a keyed rule's match has between the provider's name and the value (`gap`), when it goes
/// on to name an id that the value is assigned to (`finicity_consumer_id' => '…'`, a table's
/// `| finicity_consumer_id | …`).
pub fn gap_names_an_id(gap: &[u8]) -> bool {
    let named = gap
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    let assigned = gap[named..]
        .iter()
        .find(|b| !matches!(b, b'"' | b'\'' | b'`' | b' ' | b'\t' | b']'))
        .is_some_and(|b| matches!(b, b'=' | b':' | b'|'));
    if named > 0 && assigned && names_id(&gap[..named]) {
        return true;
    }
    // Or a command's last word before the value names the id (`anypoint-cli conf client_id …`).
    let trimmed = gap.trim_ascii_end();
    let last = trimmed
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    trimmed.len() < gap.len()
        && last > 0
        && last < trimmed.len()
        && names_id(&trimmed[trimmed.len() - last..])
}

/// The words that end `said` (the text before a bare `key`) name a lookup key (`cache key`,
/// `sort key`, `partition key`, `routing key`, `idempotency key`): a value's address, not a
/// credential.
pub fn qualifies_lookup_key(said: &[u8]) -> bool {
    const KINDS: [&[u8]; 7] = [
        b"cache",
        b"sort",
        b"partition",
        b"primary",
        b"foreign",
        b"routing",
        b"idempotency",
    ];
    let word = said
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let word = &said[said.len() - word..];
    KINDS.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// Does the value at `start` (after `op:`, `keeper:`, …) continue a secret manager's reference
/// that a `user:password` split cut in two?
pub fn split_reference(line: &[u8], start: usize) -> bool {
    let scheme = line[..start.saturating_sub(1)]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    start >= 1
        && line[start - 1] == b':'
        && scheme >= 2
        && is_reference(&line[start - 1 - scheme..])
}

/// The token of a `host=token` value (Nix's `access-tokens = github.com=…`).
pub fn host_token(value: &[u8]) -> Option<&[u8]> {
    let eq = value.iter().position(|&b| b == b'=')?;
    let host = &value[..eq];
    let dotted = host.contains(&b'.')
        && host
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
        && host.last().is_some_and(u8::is_ascii_lowercase);
    (dotted && eq + 1 < value.len()).then(|| &value[eq + 1..])
}

/// A value that is the next `key=value` setting (`dbname=app`, after an empty `password=`).
pub fn opens_next_setting(value: &[u8]) -> bool {
    let word = value
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || **b == b'_')
        .count();
    (3..=20).contains(&word)
        && value.get(word) == Some(&b'=')
        && value[..word]
            .iter()
            .all(|b| b.is_ascii_lowercase() || *b == b'_')
}

/// A PGP key's fingerprint (40 upper-case hex digits) or long key id (16), or a gpg-agent
/// keygrip, under a name that picks a key (`signingkey`, `default-key`, `sshKeys`,
/// `encrypt-to`): it names a key kept elsewhere.
pub fn is_key_fingerprint(name: &[u8], value: &[u8]) -> bool {
    const PICKERS: [&[u8]; 8] = [
        b"signingkey",
        b"signing_key",
        b"signing-key",
        b"default-key",
        b"default_key",
        b"sshkeys",
        b"keygrip",
        b"encrypt-to",
    ];
    let value = value.strip_prefix(b"0x").unwrap_or(value);
    matches!(value.len(), 16 | 40)
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
        && PICKERS.iter().any(|p| contains_ignore_case(name, p))
}

/// A database tool's connection export, whose passwords the tool stores encrypted: Navicat's
/// `.ncx` (`<Connection ConnectionName="…" … Password="<hex>"`), MongoDB Compass's
/// `"connectionSecrets"`, Oracle SQL Developer's `connections.json` (beside
/// `"RaptorConnectionType"`).
pub fn in_db_tool_encrypted_export(lines: &[&[u8]], i: usize) -> bool {
    let line = lines[i];
    find(line, b"<Connection ConnectionName=").is_some()
        || find(line, b"\"connectionSecrets\"").is_some()
        || (contains_ignore_case(line, b"password")
            && lines[i.saturating_sub(20)..lines.len().min(i + 21)]
                .iter()
                .any(|l| find(l, b"\"RaptorConnectionType\"").is_some()))
}

/// Prose between a provider's name and a value (`Rotate the Docparser API key via the secrets
/// pipeline (<commit>)`): three or more lower-case words assign nothing.
pub fn gap_is_prose(gap: &[u8]) -> bool {
    gap.split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty() && w.iter().all(u8::is_ascii_lowercase))
        .count()
        >= 3
}

/// A hex digest after the word `Signature` (Xsolla's webhooks send `Authorization: Signature
/// <sha1 of the body and the secret>`): a signature made with a secret, not the secret.
pub fn is_signature_digest(before: &[u8], value: &[u8]) -> bool {
    let before = before.trim_ascii_end();
    before.len() >= 9
        && before[before.len() - 9..].eq_ignore_ascii_case(b"signature")
        && matches!(value.len(), 40 | 64 | 128)
        && value.iter().all(u8::is_ascii_hexdigit)
}

/// An IBAN (a country's code, two check digits, the account; its check sum mod 97 is 1): a bank
/// account's number, not a credential.
pub fn is_iban(s: &[u8]) -> bool {
    // The IBAN countries' lengths (ISO 13616's registry).
    const LENGTHS: &[(&[u8], usize)] = &[
        (b"AD", 24),
        (b"AE", 23),
        (b"AL", 28),
        (b"AT", 20),
        (b"AZ", 28),
        (b"BA", 20),
        (b"BE", 16),
        (b"BG", 22),
        (b"BH", 22),
        (b"BR", 29),
        (b"CH", 21),
        (b"CR", 22),
        (b"CY", 28),
        (b"CZ", 24),
        (b"DE", 22),
        (b"DK", 18),
        (b"DO", 28),
        (b"EE", 20),
        (b"EG", 29),
        (b"ES", 24),
        (b"FI", 18),
        (b"FO", 18),
        (b"FR", 27),
        (b"GB", 22),
        (b"GE", 22),
        (b"GI", 23),
        (b"GL", 18),
        (b"GR", 27),
        (b"GT", 28),
        (b"HR", 21),
        (b"HU", 28),
        (b"IE", 22),
        (b"IL", 23),
        (b"IS", 26),
        (b"IT", 27),
        (b"JO", 30),
        (b"KW", 30),
        (b"KZ", 20),
        (b"LB", 28),
        (b"LI", 21),
        (b"LT", 20),
        (b"LU", 20),
        (b"LV", 21),
        (b"MC", 27),
        (b"MD", 24),
        (b"ME", 22),
        (b"MK", 19),
        (b"MR", 27),
        (b"MT", 31),
        (b"MU", 30),
        (b"NL", 18),
        (b"NO", 15),
        (b"PK", 24),
        (b"PL", 28),
        (b"PS", 29),
        (b"PT", 25),
        (b"QA", 29),
        (b"RO", 24),
        (b"RS", 22),
        (b"SA", 24),
        (b"SE", 24),
        (b"SI", 19),
        (b"SK", 24),
        (b"SM", 27),
        (b"TN", 24),
        (b"TR", 26),
        (b"UA", 29),
        (b"VG", 24),
        (b"XK", 20),
    ];
    if !LENGTHS
        .iter()
        .any(|(c, n)| s.len() == *n && s.starts_with(c))
        || !s[2..4].iter().all(u8::is_ascii_digit)
        || !s[4..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return false;
    }
    let rem = s[4..].iter().chain(&s[..4]).fold(0u32, |acc, &b| {
        let d = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        if d >= 10 {
            (acc * 100 + d) % 97
        } else {
            (acc * 10 + d) % 97
        }
    });
    rem == 1
}

/// Akahu's app token (`app_token_` and a cuid): the app's id, sent beside the user's token;
/// the app secret is separate.
fn is_akahu_app_token(s: &[u8]) -> bool {
    s.strip_prefix(b"app_token_c").is_some_and(|r| {
        r.len() == 24
            && r.iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// LiveKit's API key (`API` and 12 letters and digits): the id its API secret signs tokens
/// under, sent in every token it signs.
fn is_livekit_api_key(s: &[u8]) -> bool {
    s.len() == 15
        && s.starts_with(b"API")
        && s[3..].iter().all(u8::is_ascii_alphanumeric)
        && s[3..].iter().any(u8::is_ascii_lowercase)
}

/// LaunchDarkly's mobile key (`mob-` and a UUID): made to ship inside mobile apps, as its
/// documentation says; its server-side SDK key is `sdk-` and a UUID.
fn is_launchdarkly_mobile_key(s: &[u8]) -> bool {
    s.strip_prefix(b"mob-").is_some_and(is_uuid)
}

/// A minisign (or signify-compatible) public key: base64 of `Ed`, an 8-byte key id and a
/// 32-byte Ed25519 key (`RW…`, 56 characters); the secret key file is encrypted and longer.
fn is_minisign_public_key(s: &[u8]) -> bool {
    s.len() == 56
        && s.starts_with(b"RW")
        && base64_decode(s).is_some_and(|d| d.len() == 42 && d.starts_with(b"Ed"))
}

/// An Active Storage blob's key (28 lower-case letters and digits, `SecureRandom.base36(28)`)
/// in a blob record: the object's name in the storage bucket, beside its `filename`,
/// Salesforce Data Loader's `sfdc.password` (process-conf.xml), which it keeps encrypted with its
/// key file (`encrypt -e`) and writes as hex: ciphertext, not the password.
pub fn is_data_loader_ciphertext(name: &[u8], value: &[u8]) -> bool {
    value.len() >= 16
        && value.iter().all(u8::is_ascii_hexdigit)
        && name.len() > 5
        && name[..5].eq_ignore_ascii_case(b"sfdc.")
}

/// A libvirt secret's UUID on a `virsh secret-…` line: the secret's name, not its value.
pub fn is_libvirt_secret_id(line: &[u8]) -> bool {
    memchr::memmem::find(line, b"virsh secret-").is_some()
}

/// An ONLYOFFICE editor's `document.key` (`key: "<fileId>_<etag>"` beside `fileType` and
/// `title`): the id under which the document server caches the file, not a credential.
pub fn is_onlyoffice_document_key(lines: &[&[u8]], i: usize) -> bool {
    let window = &lines[i.saturating_sub(4)..(i + 5).min(lines.len())];
    window.iter().any(|l| contains(l, b"fileType"))
        && window
            .iter()
            .any(|l| contains(l, b"title") || contains(l, b"url"))
}

/// `content_type`, `byte_size` and `checksum`.
pub fn is_storage_blob_key(value: &[u8], lines: &[&[u8]], i: usize) -> bool {
    value.len() == 28
        && value
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && lines[i.saturating_sub(6)..(i + 7).min(lines.len())]
            .iter()
            .filter(|l| {
                let l = l.trim_ascii_start();
                [
                    &b"content_type:"[..],
                    b"byte_size:",
                    b"checksum:",
                    b"filename:",
                    b"service_name:",
                ]
                .iter()
                .any(|k| l.starts_with(k))
            })
            .count()
            >= 2
}

/// A NATS JWT (header `"alg":"ed25519-nkey"`): an operator's, account's or user's signed claims,
/// which NATS publishes to servers and resolvers; only the seed (`SU…`, `SA…`) beside a user's
/// JWT is secret.
pub fn is_nats_jwt(s: &[u8]) -> bool {
    jwt_part(s, 0).is_some_and(|header| contains(&header, b"\"alg\":\"ed25519-nkey\""))
}

/// Plaid's Link and public tokens (`link-sandbox-<uuid>`, `public-production-<uuid>`): made
/// for the browser, short-lived, and worth nothing without the client id and secret.
fn is_plaid_client_token(s: &[u8]) -> bool {
    let Some(rest) = s.strip_prefix(b"link-").or(s.strip_prefix(b"public-")) else {
        return false;
    };
    ["sandbox-", "development-", "production-"]
        .iter()
        .find_map(|e| rest.strip_prefix(e.as_bytes()))
        .is_some_and(is_uuid)
}

/// Clearbit's publishable key (`pk_` and 32 hex digits), made for its browser APIs; its secret
/// key is `sk_…`.
fn is_clearbit_publishable_key(s: &[u8]) -> bool {
    s.len() == 35
        && s.starts_with(b"pk_")
        && s[3..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A Typesense scoped search key: base64 of an HMAC digest, the parent key's prefix and the
/// embedded search parameters (`{"filter_by":…}`), made to hand to a browser.
fn is_typesense_scoped_key(s: &[u8]) -> bool {
    s.len() >= 60
        && base64_decode(s).is_some_and(|d| {
            d.windows(2).any(|w| w == b"{\"")
                && [
                    &b"\"filter_by\""[..],
                    b"\"expires_at\"",
                    b"\"include_fields\"",
                ]
                .iter()
                .any(|k| contains(&d, k))
        })
}

/// A Java password-based-encryption algorithm's name (`PBEWithHMACSHA512AndAES_256`), as
/// Jasypt's settings name it.
fn is_pbe_algorithm(s: &[u8]) -> bool {
    s.len() > 7 && s[..7].eq_ignore_ascii_case(b"PBEWith")
}

/// The length of the secret that goes with an access key id of a cloud's format: AWS
/// (`AKIA…`/`ASIA…`, 20 characters; a secret of 40), Tencent Cloud (`AKID…`, 36; 32), Alibaba
/// Cloud (`LTAI…`; 30), Exoscale (`EXO…` and 24 hex digits; 43).
pub fn key_id_secret_len(id: &[u8]) -> Option<usize> {
    match id {
        [b'A', b'K' | b'S', b'I', b'A', ..] if id.len() == 20 => Some(40),
        [b'A', b'K', b'I', b'D', ..] if id.len() == 36 => Some(32),
        [b'L', b'T', b'A', b'I', ..] if (16..=24).contains(&id.len()) => Some(30),
        [b'E', b'X', b'O', ..] if id.len() == 27 => Some(43),
        _ => None,
    }
}

/// An access key id (AWS's, and the clouds' of `key_id_secret_len`) is the public half of a
/// pair. Where the lines around it name the secret half and hold no secret there (a reference,
/// a placeholder, a masked value: `AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY`,
/// `sqs://AKIA…:<password>@`, `AKIA…:****`), the id alone gives nothing away. (In a presigned
/// URL's `X-Amz-Credential` it is still reported: the URL is a credential until it expires.) (An id with nothing around it is
/// still reported: it may be all that was pasted of a pair.) `end`: where the id ends on line
/// `i`; `secret_len`: the length of its secret.
pub fn key_id_with_secret_elsewhere(
    lines: &[&[u8]],
    i: usize,
    end: usize,
    secret_len: usize,
) -> bool {
    let line = lines[i];
    let after = &line[end.min(line.len())..];
    let has_aws_secret_run = |s: &[u8]| has_secret_run(s, secret_len);
    // `AKIA…:<secret>@` (a Celery SQS broker URL, `s3://id:secret@bucket`).
    if line.get(end) == Some(&b':') {
        let rest = &line[end + 1..];
        let stop = rest
            .iter()
            .position(|&b| b == b'@' || b.is_ascii_whitespace() || b == b'"' || b == b'\'')
            .unwrap_or(rest.len());
        // (Or a Postfix `sasl_passwd` map's `AKIA…:<password>`, masked.)
        if stop > 0 {
            return !has_aws_secret_run(&rest[..stop]);
        }
    }
    let lo = i.saturating_sub(6);
    let hi = (i + 7).min(lines.len());
    let window = &lines[lo..hi];
    if window.iter().any(|l| has_aws_secret_run(l)) {
        return false;
    }
    let has = contains_ignore_case;
    // The SES SMTP user beside its password (`auth: { user: "AKIA…", pass: smtpPassword }`).
    if has(after, b"pass:") || has(after, b"password") {
        return true;
    }
    // The secret as the next argument, and no literal there (`oss2.Auth("LTAI…", "[FILTERED]")`,
    // `Credentials("AKID…", os.getenv("COS_SECRET_KEY"))`).
    if let Some(next) = after
        .strip_prefix(b"\"")
        .or_else(|| after.strip_prefix(b"'"))
        .and_then(|a| a.trim_ascii_start().strip_prefix(b","))
    {
        let next = next.trim_ascii_start();
        match next.first() {
            Some(&q @ (b'"' | b'\'')) => {
                let len = next[1..].iter().position(|&b| b == q).unwrap_or(0);
                let v = &next[1..1 + len];
                if v.is_empty()
                    || v.iter().any(|b| b"*[<{$".contains(b))
                    || has(v, b"xxxx")
                    || has(v, b"your")
                {
                    return true;
                }
            }
            // (A name read from elsewhere; not the next key of a map, `region: "…"`.)
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => {
                let word = next
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
                    .count();
                if !matches!(next[word..].trim_ascii_start().first(), Some(b':' | b'=')) {
                    return true;
                }
            }
            _ => {}
        }
    }
    // The secret's names (Alibaba's `AccessKeySecret`); Terraform's PGP-encrypted
    // `encrypted_secret`.
    const NAMES: [&[u8]; 8] = [
        b"secret_access_key",
        b"secretaccesskey",
        b"secret-access-key",
        b"secret_key",
        b"secretkey",
        b"key_secret",
        b"keysecret",
        b"encrypted_secret",
    ];
    // Records that name keys without holding them: a CloudTrail event's `userIdentity`, the
    // output of `aws iam list-access-keys` (`AccessKeyMetadata`).
    const RECORDS: [&[u8]; 3] = [
        b"\"userIdentity\"",
        b"\"eventSource\"",
        b"AccessKeyMetadata",
    ];
    window
        .iter()
        .any(|l| NAMES.iter().chain(&RECORDS).any(|n| has(l, n)) || sets_a_bare_secret(l))
}

/// Does the line set a setting named just `secret` (`app.storage.s3.secret=…`, `secret =
/// "****"`, `"secret":`)? (Not a resource name's `:secret:`, as in a Secrets Manager ARN.)
fn sets_a_bare_secret(l: &[u8]) -> bool {
    l.windows(6).enumerate().any(|(at, w)| {
        w.eq_ignore_ascii_case(b"secret")
            && (at == 0 || matches!(l[at - 1], b'.' | b'_' | b'-' | b' ' | b'\t' | b'"' | b'\''))
            && {
                let rest = &l[at + 6..];
                let rest = rest
                    .strip_prefix(b"\"")
                    .or(rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                // (Or SQL's `SECRET ''`, as DuckDB's `CREATE SECRET` writes it.)
                matches!(
                    rest.trim_ascii_start().first(),
                    Some(b'=' | b':' | b'\'' | b'"')
                )
            }
    })
}

/// Does the text hold a `len`-character run of base64 letters (a secret access key's shape:
/// AWS's 40)? (Escaped as JSON writes it, `\/`, or as a URL does, `%2B`.)
fn has_secret_run(s: &[u8], len: usize) -> bool {
    // (Exoscale's 43-character secrets are base64url.)
    let url_safe = len == 43;
    s.split(|&b| {
        !(b.is_ascii_alphanumeric()
            || matches!(b, b'/' | b'+' | b'\\' | b'%')
            || (url_safe && matches!(b, b'_' | b'-')))
    })
    .any(|run| {
        let escapes = run.iter().filter(|&&b| b == b'\\').count();
        let percents = run.iter().filter(|&&b| b == b'%').count();
        // (Not AWS's documentation example, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.)
        run.len() - escapes - 2 * percents == len
            && run.iter().any(u8::is_ascii_digit)
            && run.iter().any(u8::is_ascii_alphabetic)
            && !contains(run, b"EXAMPLE")
    })
}

/// A Twilio resource SID (`AC` account, `SK` API key, `AP` app, `PN` number, `MG` messaging
/// service… and 32 lowercase hex digits): names the resource; the account's auth token and an
/// API key's secret are the secrets.
fn is_twilio_sid(s: &[u8]) -> bool {
    const KINDS: [&[u8]; 9] = [
        b"AC", b"SK", b"AP", b"PN", b"MG", b"VA", b"IS", b"CA", b"CL",
    ];
    s.len() == 34
        && KINDS.iter().any(|k| s.starts_with(k))
        && s[2..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A Dynatrace token's public part alone (`dt0c01.` and 24 base32 characters, as its audit logs
/// and token lists print it); the secret part follows a second dot.
fn is_dynatrace_token_id(s: &[u8]) -> bool {
    s.len() == 31
        && s.starts_with(b"dt0")
        && s[3].is_ascii_lowercase()
        && s[4..6].iter().all(u8::is_ascii_digit)
        && s[6] == b'.'
        && s[7..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(b))
}

/// An app's public id of 16 hex digits after its platform's prefix: a WeChat AppID (`wx…`) or a
/// Feishu/Lark app id (`cli_…`), sent in the open beside the app secret.
fn is_app_id_hex16(s: &[u8]) -> bool {
    let body = s.strip_prefix(b"wx").or_else(|| s.strip_prefix(b"cli_"));
    body.is_some_and(|b| {
        b.len() == 16
            && b.iter()
                .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
    })
}

/// A Plivo Auth ID (`MA` for an account, `SA` for a subaccount, and 18 upper-case letters and
/// digits): the user name of its API's Basic credentials; the Auth Token is the secret.
fn is_plivo_auth_id(s: &[u8]) -> bool {
    s.len() == 20
        && (s.starts_with(b"MA") || s.starts_with(b"SA"))
        && s.iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && s.iter().filter(|b| b.is_ascii_digit()).count() >= 2
}

/// A Yandex Cloud resource id (a cloud's or folder's: `b1g` and 17 lower-case letters and
/// digits), which names the resource an API key works in.
fn is_yandex_cloud_id(s: &[u8]) -> bool {
    s.len() == 20
        && s.starts_with(b"b1g")
        && s.iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// A Cloud Storage HMAC key's access id (`GOOG` and upper-case letters and digits: 24 characters
/// for a user account, 61 for a service account): the id half, which boto, s3fs and gsutil take
/// as the "key" beside the 40-character base64 secret.
fn is_gcs_hmac_access_id(s: &[u8]) -> bool {
    s.starts_with(b"GOOG")
        && (20..=61).contains(&s.len())
        && s[4..]
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && s[4..].iter().any(u8::is_ascii_digit)
}

/// An OpenAI organization id (`org-` and 24 letters and digits): sent in a header beside the
/// key, not a credential.
fn is_openai_org_id(s: &[u8]) -> bool {
    s.strip_prefix(b"org-")
        .is_some_and(|r| r.len() == 24 && r.iter().all(u8::is_ascii_alphanumeric))
}

/// A GitHub OAuth app's or GitHub App's client id in the 2023 format (`Ov23li`/`Iv23li` and 14
/// letters and digits): the OAuth `client_id`, public by design (the secret is 40 hex).
fn is_github_client_id(s: &[u8]) -> bool {
    (s.starts_with(b"Ov23li") || s.starts_with(b"Iv23li"))
        && s.len() == 20
        && s.iter().all(u8::is_ascii_alphanumeric)
}

/// A Stripe object id (`price_…`, `cus_…`, `acct_…`, `evt_…`): names a price, customer,
/// account or event in fixtures, configs and logs. (Stripe's keys are `sk_`, `rk_`, `whsec_`;
/// Resend's `re_` keys carry a second `_`.)
fn is_stripe_object_id(s: &[u8]) -> bool {
    const PREFIXES: [&[u8]; 16] = [
        b"price_", b"prod_", b"cus_", b"sub_", b"acct_", b"evt_", b"ch_", b"pm_", b"txn_",
        b"plan_", b"in_", b"po_", b"py_", b"re_", b"tr_", b"card_",
    ];
    // (`wordpress_logged_in_…=${WP_COOKIE}`: the name before its `=`.)
    let s = s.strip_suffix(b"=").unwrap_or(s);
    PREFIXES.iter().any(|p| {
        s.strip_prefix(*p).is_some_and(|r| {
            // (Stripe's ids run to 24 characters after the prefix; a longer body is some
            // other service's key in its `prod_` environment.)
            (14..=28).contains(&r.len())
                && r.iter().all(u8::is_ascii_alphanumeric)
                && r.iter().any(u8::is_ascii_digit)
                && r.iter().any(u8::is_ascii_uppercase)
        })
    })
}

/// A SendGrid dynamic template id (`d-` and 32 lowercase hex digits): names an e-mail template.
fn is_sendgrid_template_id(s: &[u8]) -> bool {
    s.strip_prefix(b"d-").is_some_and(|r| {
        r.len() == 32
            && r.iter()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
    })
}

/// A DingTalk app's AppKey (`ding` and 14–22 lowercase letters and digits): the app's id; its
/// AppSecret is the secret.
fn is_dingtalk_app_key(s: &[u8]) -> bool {
    s.strip_prefix(b"ding").is_some_and(|r| {
        (14..=22).contains(&r.len())
            && r.iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// A Stripe PaymentIntent's or SetupIntent's client secret (`pi_…_secret_…`): Stripe hands it
/// to the browser to confirm that one payment with the publishable key; webhook fixtures and
/// API responses carry it.
fn is_stripe_client_secret(s: &[u8]) -> bool {
    let Some(rest) = s.strip_prefix(b"pi_").or(s.strip_prefix(b"seti_")) else {
        return false;
    };
    let Some(at) = find(rest, b"_secret_") else {
        return false;
    };
    let (id, secret) = (&rest[..at], &rest[at + 8..]);
    (14..=40).contains(&id.len())
        && (14..=40).contains(&secret.len())
        && id.iter().chain(secret).all(u8::is_ascii_alphanumeric)
}

/// Datadog's client token (`pub` and 32 hex digits), made for browser and mobile RUM SDKs.
fn is_datadog_client_token(s: &[u8]) -> bool {
    s.len() == 35
        && s.starts_with(b"pub")
        && s[3..]
            .iter()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Braintree's tokenization key (`production_<8>_<16>`), the client-side key of its Drop-in UI.
fn is_braintree_tokenization_key(s: &[u8]) -> bool {
    let Some(rest) = [&b"production_"[..], b"sandbox_", b"development_"]
        .iter()
        .find_map(|p| s.strip_prefix(*p))
    else {
        return false;
    };
    let lower_alnum = |w: &[u8]| {
        w.iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    };
    rest.len() == 25 && rest[8] == b'_' && lower_alnum(&rest[..8]) && lower_alnum(&rest[9..])
}

/// Part `n` of a JWT (`eyJ…`: 0 the header, 1 the claims), decoded, without whitespace.
fn jwt_part(s: &[u8], n: usize) -> Option<Vec<u8>> {
    if !s.starts_with(b"eyJ") {
        return None;
    }
    let part = s.split(|&b| b == b'.').nth(n)?;
    let json = base64_decode(part)?;
    Some(
        json.into_iter()
            .filter(|b| !b.is_ascii_whitespace())
            .collect(),
    )
}

/// A credential kept as base64 of a JSON object, not a JWT (one part, no `alg`): ring-client-api's
/// refresh token (`{"rt":"1/…","hid":"…"}`), exported sessions. A JWT's header alone (a truncated
/// token in documentation) is not one.
pub fn is_base64_json_credential(s: &[u8]) -> bool {
    !s.contains(&b'.')
        && s.len() >= 40
        && jwt_part(s, 0).is_some_and(|json| {
            json.starts_with(b"{\"") && json.ends_with(b"}") && !contains(&json, b"\"alg\"")
        })
}

/// A JWT whose claims give it the `anon` role: Supabase's anon key, made for browsers and apps
/// (row-level security guards the data; the `service_role` key is the secret).
pub fn is_anon_role_jwt(s: &[u8]) -> bool {
    jwt_part(s, 1).is_some_and(|json| contains(&json, b"\"role\":\"anon\""))
}

/// A JWS that carries its signer's certificate chain in the header (`"x5c": […]`): a signed
/// statement that anyone verifies against the chain (App Store Server Notifications'
/// `signedPayload`, signed transactions and renewal info), data rather than a bearer credential.
pub fn is_certificate_signed_jws(s: &[u8]) -> bool {
    jwt_part(s, 0).is_some_and(|json| {
        contains(&json, b"\"x5c\":[")
            // (Or names where its certificate is: a STIR/SHAKEN PASSporT's `x5u`, in a SIP
            // `Identity` header.)
            || (contains(&json, b"\"x5u\":\"") && contains(&json, b"\"typ\":\"passport\""))
    })
}

/// A JWT issued by `supabase-demo`: the Supabase CLI's local-development keys, signed with the
/// secret its documentation publishes; they open nothing but a stack on the developer's machine.
pub fn is_supabase_demo_jwt(s: &[u8]) -> bool {
    jwt_part(s, 1).is_some_and(|json| contains(&json, b"\"iss\":\"supabase-demo\""))
}

/// A documentation example token: a JWT whose issuer is a reserved example domain
/// (`https://login.example.com/`, RFC 2606), as identity providers' docs and tutorials print
/// them; no real issuer signs for it.
pub fn is_example_jwt(s: &[u8]) -> bool {
    let Some(json) = jwt_part(s, 1) else {
        return false;
    };
    let Some(at) = json.windows(7).position(|w| w == b"\"iss\":\"") else {
        return false;
    };
    let value = &json[at + 7..];
    let iss = &value[..value.iter().position(|&b| b == b'"').unwrap_or(value.len())];
    let host = iss
        .strip_prefix(b"https://")
        .or_else(|| iss.strip_prefix(b"http://"))
        .unwrap_or(iss);
    let host = &host[..host
        .iter()
        .position(|&b| b == b'/' || b == b':')
        .unwrap_or(host.len())];
    let host = host.to_ascii_lowercase();
    [&b"example.com"[..], b"example.org", b"example.net"]
        .iter()
        .any(|d| {
            host.ends_with(d) && (host.len() == d.len() || host[host.len() - d.len() - 1] == b'.')
        })
        || host.ends_with(b".example")
}

/// Adyen's client key (`live_` or `test_` and 32 uppercase letters and digits), made for its
/// web and mobile Drop-in; Adyen's API keys start `AQE`.
fn is_adyen_client_key(s: &[u8]) -> bool {
    let Some(body) = s.strip_prefix(b"live_").or(s.strip_prefix(b"test_")) else {
        return false;
    };
    body.len() == 32
        && body
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// Paddle Billing's client-side token (`live_` or `test_` and 27 lowercase hex digits), made for
/// Paddle.js in the browser; Paddle's API keys are `pdl_live_apikey_…`.
fn is_paddle_client_token(s: &[u8]) -> bool {
    let Some(body) = s.strip_prefix(b"live_").or(s.strip_prefix(b"test_")) else {
        return false;
    };
    body.len() == 27 && body.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Is `url_start` (a line up to a URL query parameter's name) inside a Codecov badge or graph
/// URL? Its `token` is the repository's graphing token, which Codecov documents as read-only
/// and meant to be embedded in READMEs (`codecov.io/gh/o/r/branch/main/graph/badge.svg?token=`,
/// shields.io's `/codecov/` badges), or a Matterport Showcase embed, whose `applicationKey` is
/// the SDK key every visitor's browser sends (restricted to the owner's domains).
pub fn is_badge_query(url_start: &[u8]) -> bool {
    let url = match url_start.windows(3).rposition(|w| w == b"://") {
        Some(at) => &url_start[at..],
        None => return false,
    };
    let lower = url.to_ascii_lowercase();
    contains(&lower, b"codecov.io/")
        || contains(&lower, b"/codecov/")
        || contains(&lower, b"matterport.com/show/")
}

/// Is the query parameter `name` a mesh peer's public key in its address
/// (`tls://203.0.113.5:4001?key=<64 hex>`, Yggdrasil's peer pinning)? Its transport schemes are
/// not the web's.
pub fn is_peer_key_query(url_start: &[u8], name: &[u8]) -> bool {
    let Some(at) = url_start.windows(3).rposition(|w| w == b"://") else {
        return false;
    };
    let scheme_start = url_start[..at]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |p| p + 1);
    let scheme = url_start[scheme_start..at].to_ascii_lowercase();
    name.eq_ignore_ascii_case(b"key")
        && [&b"tls"[..], b"tcp", b"quic", b"socks", b"sockstls", b"unix"].contains(&&scheme[..])
}

/// Does the line before a value end in an OData paging parameter (`…/Property?$skiptoken=`)?
pub fn is_paging_cursor(before: &[u8]) -> bool {
    before.len() >= 10 && before[before.len() - 10..].eq_ignore_ascii_case(b"skiptoken=")
}

/// Bytes that count in even steps (`00112233445566778899AABBCCDDEEFF`, `0102030405060708…`,
/// `{ 0x00, 0x11, 0x22, … }`): a key from documentation or a test, not a generated one. At
/// least 8 bytes, and all but one step in five the same.
fn is_counting_bytes(s: &[u8]) -> bool {
    let mut digits = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b == b'0' && matches!(s.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
            continue;
        }
        if b.is_ascii_hexdigit() {
            digits.push(b);
        } else if !matches!(b, b',' | b' ' | b':' | b'-' | b'{' | b'}' | b'\t') {
            return false;
        }
        i += 1;
    }
    if digits.len() < 16 {
        return false;
    }
    hex_decode(&digits).is_some_and(|bytes| counting_bytes(&bytes))
}

/// See [`is_counting_bytes`], on the bytes themselves (at least 8).
fn counting_bytes(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        return false;
    }
    let steps: Vec<u8> = bytes.windows(2).map(|w| w[1].wrapping_sub(w[0])).collect();
    let mut counts = [0usize; 256];
    for &d in &steps {
        counts[d as usize] += 1;
    }
    let most = counts.iter().copied().max().unwrap_or(0);
    most * 5 >= steps.len() * 4
}

/// Is line `i` inside a Cosmos SDK public key's JSON (`{"@type": "/cosmos.crypto.ed25519.PubKey",
/// "key": "…"}`, on its line or up to three lines above)?
pub fn in_pubkey_object(lines: &[&[u8]], i: usize) -> bool {
    // (Or a Matrix device's one-time or fallback key, `"signed_curve25519:AAAAHQ": {"key": …}`:
    // Curve25519 public keys that a client uploads for others to start sessions with.)
    lines[i.saturating_sub(3)..=i]
        .iter()
        .any(|l| contains(l, b"PubKey\"") || contains(l, b"curve25519:"))
}

/// Where `needle` first occurs in `hay` (bytes, case-sensitive).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Does `needle` occur in `hay`?
pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

/// Does `needle` (lower-case ASCII) occur in `hay` in any case?
pub fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Does `word` (lower-case ASCII) occur, in any case, on line `i` or one of the `CONTEXT_LINES`
/// above it?
pub fn named_in_lines_above(lines: &[&[u8]], i: usize, word: &[u8]) -> bool {
    lines[i.saturating_sub(super::CONTEXT_LINES)..=i]
        .iter()
        .any(|l| contains_ignore_case(l, word))
}

/// An Okta application's client id (`0oa` and 17 letters and digits): public, sent in every
/// authorization request. (Okta's API tokens start `00`.)
fn is_okta_client_id(s: &[u8]) -> bool {
    s.len() == 20 && s.starts_with(b"0oa") && s.iter().all(u8::is_ascii_alphanumeric)
}

/// A Firebase Cloud Messaging registration token (`<instance id>:APA91b…`): the address of one
/// app on one device. (The legacy server key is `AAAA<7>:APA91b…`, and its rule finds it.)
fn is_fcm_registration_token(s: &[u8]) -> bool {
    let Some(colon) = s.iter().position(|&b| b == b':') else {
        return false;
    };
    let url_safe = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_');
    (11..=64).contains(&colon)
        && !s.starts_with(b"AAAA")
        && s[..colon].iter().all(url_safe)
        && s[colon + 1..].starts_with(b"APA91b")
        && s.len() - colon > 60
        && s[colon + 1..].iter().all(url_safe)
}

/// An uncompressed P-256 point in base64url (65 bytes from `0x04`, 87 characters: a Web Push
/// VAPID application server key, `vapidKey: "BM…"`): a public key.
fn is_ec_public_point(s: &[u8]) -> bool {
    (87..=88).contains(&s.len())
        && s[0] == b'B'
        && base64_decode(s).is_some_and(|d| d.len() == 65 && d[0] == 4)
}

/// `0x` and 40 hex digits: an Ethereum account or contract address, public by design (a private
/// key is 64 hex digits).
fn is_ethereum_address(s: &[u8]) -> bool {
    s.len() == 42 && s.starts_with(b"0x") && s[2..].iter().all(u8::is_ascii_hexdigit)
}

/// Public values of blockchains: a Bitcoin SegWit/Taproot address (`bc1q…`, `bc1p…`, testnet
/// `tb1…`), a compressed secp256k1 public key (`02`/`03` and 64 hex digits), an IPFS content id
/// (`Qm…` CIDv0, `bafy…` CIDv1).
fn is_chain_public_value(s: &[u8]) -> bool {
    const BECH32: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    let bech32 =
        |body: &[u8]| (38..=58).contains(&body.len()) && body.iter().all(|b| BECH32.contains(b));
    let base58 = |b: &u8| b.is_ascii_alphanumeric() && !matches!(b, b'0' | b'O' | b'I' | b'l');
    s.strip_prefix(b"bc1")
        .or(s.strip_prefix(b"tb1"))
        .is_some_and(bech32)
        || (s.len() == 66
            && (s.starts_with(b"02") || s.starts_with(b"03"))
            && s.iter().all(u8::is_ascii_hexdigit))
        || (s.len() == 46 && s.starts_with(b"Qm") && s.iter().all(base58))
        // A BLS12-381 public key (48 bytes) or signature (96 bytes): an Ethereum validator's.
        || ((s.len() == 98 || s.len() == 194)
            && s.starts_with(b"0x")
            && s[2..].iter().all(u8::is_ascii_hexdigit))
        || (s.len() >= 50
            && s.starts_with(b"bafy")
            && s.iter()
                .all(|b| b.is_ascii_lowercase() || matches!(b, b'2'..=b'7')))
}

/// Is the value the base64 body of an SSH public key (`AAAAC3NzaC1lZDI1NTE5…`, a config's
/// `key` line without its `ssh-ed25519` type word): a 4-byte length, then the key type?
pub fn is_ssh_public_key_blob(s: &[u8]) -> bool {
    if s.len() < 68 || !s.starts_with(b"AAAA") {
        return false;
    }
    let Some(head) = base64_decode(&s[..32]) else {
        return false;
    };
    let n = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
    (7..=19).contains(&n)
        && [&b"ssh-"[..], b"ecdsa-", b"sk-"]
            .iter()
            .any(|t| head[4..].starts_with(t))
}

/// An OpenPGP public key, base64 without its armour (a `.flatpakrepo`'s `GPGKey=mQINBF…`,
/// `mDMEZ…`): a public-key packet (tag 6, old or new format) of version 4 or 5.
pub fn is_openpgp_public_key_blob(s: &[u8]) -> bool {
    if s.len() < 64 || !(s.starts_with(b"mQ") || s.starts_with(b"mD") || s.starts_with(b"xs")) {
        return false;
    }
    let Some(head) = base64_decode(&s[..8]) else {
        return false;
    };
    let version = match head[0] {
        // Old format: a one-byte (0x98) or two-byte (0x99) length, then the version.
        0x98 => head[2],
        0x99 => head[3],
        // New format (0xc6): a one-byte length below 192, or two bytes.
        0xc6 if head[1] < 192 => head[2],
        0xc6 => head[3],
        _ => return false,
    };
    matches!(version, 4 | 5)
}

/// Is the name the tail of a base64 blob and the `==` after it the blob's padding
/// (an SSH public key's blob ending `…LwPw==`, then the key's comment)? The name starts inside
/// a run of at least 16 base64 characters with a digit and a `/` or `+` in it, which no
/// identifier before `==` has.
pub fn ends_base64_blob(line: &[u8], name: std::ops::Range<usize>) -> bool {
    let b64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/');
    if !line[name.end..].starts_with(b"==") || name.start == 0 || !b64(&line[name.start - 1]) {
        return false;
    }
    let run = line[..name.end].iter().rev().take_while(|b| b64(b)).count();
    let blob = &line[name.end - run..name.end];
    run >= 16
        && blob.iter().any(|b| matches!(b, b'/' | b'+'))
        && blob.iter().any(u8::is_ascii_digit)
}

/// Is the value a NATS public NKey (a user's, account's, operator's, server's, cluster's or
/// curve key: `U…`, `A…`, `O…`, `N…`, `C…`, `X…`, 56 characters of base32)? Seeds, the private
/// half, start with `S`.
pub fn is_nats_public_nkey(s: &[u8]) -> bool {
    s.len() == 56
        && matches!(s[0], b'U' | b'A' | b'O' | b'N' | b'C' | b'X')
        && s.iter()
            .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

/// Is the value a keyboard shortcut (`ctrl+alt+c`, `cmd+shift+p`), as an editor's
/// `keybindings.json` writes under `"key"`?
pub fn is_key_chord(s: &[u8]) -> bool {
    ["ctrl+", "cmd+", "alt+", "shift+", "meta+", "super+"]
        .iter()
        .any(|m| s.len() >= m.len() && s[..m.len()].eq_ignore_ascii_case(m.as_bytes()))
}

/// Does the text before a Google `AIza…` key name a Maps key that a web framework ships to
/// the browser by contract (`NEXT_PUBLIC_GOOGLE_MAPS_KEY`, `import.meta.env.PUBLIC_MAPS_KEY`,
/// `VITE_MAPS_API_KEY`)? Google makes browser keys for exactly that, restricted by referrer.
/// A name that says server or secret is a server key.
pub fn names_browser_maps_key(before: &[u8]) -> bool {
    let lower = before.to_ascii_lowercase();
    let name_start = lower
        .iter()
        .rposition(|b| {
            !(b.is_ascii_alphanumeric()
                || matches!(b, b'_' | b'.' | b'"' | b'\'' | b':' | b' ' | b'=' | b'('))
        })
        .map_or(0, |p| p + 1);
    let name = &lower[name_start..];
    let public = [
        &b"next_public_"[..],
        b"nuxt_public_",
        b"vite_",
        b"public_",
        b"react_app_",
        b"expo_public_",
        b"gatsby_",
    ]
    .iter()
    .any(|p| contains(name, p));
    let maps = [&b"map"[..], b"places", b"geocod"]
        .iter()
        .any(|w| contains(name, w));
    public && maps && !contains(name, b"server") && !contains(name, b"secret")
}

/// Is the value ciphertext made to be committed: a Bitnami SealedSecret (base64 of a 2-byte
/// session-key length of 0x02xx, hundreds of characters), an AWS KMS ciphertext blob
/// (`AQICAH…`), a HashiCorp Vault transit ciphertext (`vault:v1:…`), a Mozilla SOPS, ejson or
/// Jasypt envelope (`ENC[…`, `EJ[…`, `ENC(…`)? Encrypting a secret for the repository is the
/// practice this tool recommends; its ciphertext is not the secret.
pub fn is_ciphertext(s: &[u8]) -> bool {
    // A payment HSM's key under its LMK (Thales' `U`/`T`/`X`/`Y` and 32 or 48 upper-case hex
    // digits), or wrapped in a TR-31 key block (`B0080B1TX00S0000…`, its length in its header).
    let under_lmk = matches!(s.first(), Some(b'U' | b'T' | b'X' | b'Y'))
        && matches!(s.len(), 33 | 49)
        && s[1..]
            .iter()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b));
    let tr31 = s.len() >= 48
        && matches!(s[0], b'A'..=b'E')
        && std::str::from_utf8(&s[1..5])
            .ok()
            .and_then(|n| n.parse::<usize>().ok())
            == Some(s.len())
        && s[5..16].iter().all(u8::is_ascii_alphanumeric)
        && s[16..].iter().all(u8::is_ascii_alphanumeric);
    under_lmk
        || tr31
        || (s.len() >= 400 && s.starts_with(b"Ag") && matches!(s.get(2), Some(b'A'..=b'D')))
        || (s.len() >= 100 && s.starts_with(b"AQICAH"))
        || s.starts_with(b"vault:v")
        // Bitwarden's encrypted strings (`2.<iv>|<ciphertext>|<mac>`, base64 each).
        || is_bitwarden_enc_string(s)
        // Jenkins' `hudson.util.Secret` (`{AQAAABAAAAAw…}`: version 1, then the IV's length).
        || (s.len() >= 40 && s.starts_with(b"{AQAAAB"))
        || s.starts_with(b"ENC[")
        || s.starts_with(b"ENC(")
        // dotenvx's encrypted values (`encrypted:B…`: ECIES to the project's public key), and
        // a Livebook notebook's stamp (`"stamp":{"token":"XCP.…"}`, encrypted to its hub).
        || (s.len() >= 60 && s.starts_with(b"encrypted:B"))
        || (s.len() >= 40 && s.starts_with(b"XCP."))
        // Oracle GoldenGate's `ENCRYPT PASSWORD` output (`AACAAAAAAAAAAAKA…`: upper-case letters).
        || (s.len() >= 32 && s.starts_with(b"AA") && s.iter().all(u8::is_ascii_uppercase))
        // IBM Workload Scheduler's `useropts` (`PASSWORD = "ENCRYPT:…"`, encrypted at first use)
        // and Automic's `UCYBCRYP` output (`--10` and hex digits).
        || (s.len() >= 24 && s.starts_with(b"ENCRYPT:"))
        || (s.len() >= 24
            && s.starts_with(b"--10")
            && s[4..].iter().all(u8::is_ascii_hexdigit))
        // pyATS secret strings (`%ENC{…}`, encrypted with the user's own key).
        || (s.starts_with(b"%ENC{") && s.ends_with(b"}"))
        || s.starts_with(b"EJ[")
        // GeoServer's strong PBE encryption (`crypt2:<base64>`, keyed by the data directory's
        // keystore); its `crypt1:` uses a published key and stays a finding.
        || (s.len() >= 30 && s.starts_with(b"crypt2:"))
        // Spring Cloud Config's encrypted values.
        || s.starts_with(b"{cipher}")
        // IIS configuration encrypted by a provider (`[enc:IISCngProvider:…:enc]`).
        || s.starts_with(b"[enc:")
        // DigitalOcean App Platform's encrypted app-spec values (`EV[1:…:…]`).
        || s.starts_with(b"EV[1:")
        // MuleSoft's secure properties (`![…]`), and KMS envelopes (`kms:v1:…`).
        || (s.starts_with(b"![") && s.ends_with(b"]"))
        || (s.starts_with(b"kms:v") && s.get(5).is_some_and(u8::is_ascii_digit))
        // A Fernet token (version byte 0x80 and a timestamp: `gAAAAA…`): encrypted data.
        || (s.len() >= 100 && s.starts_with(b"gAAAAA"))
        // Pulumi's passphrase secrets provider: `v1:<salt>:v1:<nonce>:<ciphertext>`.
        || (s.starts_with(b"v1:") && s.windows(4).any(|w| w == b":v1:"))
        || is_magento_encrypted(s)
        || is_key_id_aes_ciphertext(s)
        || is_dpapi_blob(s)
        || is_braced_base64(s)
        || is_openpgp_message(s)
}

/// Base64 of one RSA block (2048, 3072 or 4096 bits): what a cipher tool leaves in place of a
/// value it encrypted with a keystore's public key.
pub fn is_rsa_ciphertext_base64(s: &[u8]) -> bool {
    s.len() >= 340
        && s.len() <= 684
        && base64_decode(s).is_some_and(|raw| matches!(raw.len(), 256 | 384 | 512))
}

/// Bitwarden's `EncString`: an encryption type digit, `.`, then base64 parts joined by `|`
/// (`2.Q5wBcAwVg3UF2XLyGkGJ7Q==|gHosc4lZ…=|yzHn…=`), as its encrypted exports store every field.
fn is_bitwarden_enc_string(s: &[u8]) -> bool {
    let [kind, b'.', rest @ ..] = s else {
        return false;
    };
    let parts: Vec<&[u8]> = rest.split(|&b| b == b'|').collect();
    kind.is_ascii_digit()
        && (2..=3).contains(&parts.len())
        && parts.iter().all(|p| {
            p.len() >= 16
                && p.iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        })
}

/// A value Magento encrypted with its `crypt/key` (`app/etc/env.php`, `core_config_data`):
/// key version, cipher version (`2` AES-256, `3` ChaCha20-Poly1305), then base64,
/// `0:3:hzGkDXXD…`.
fn is_magento_encrypted(s: &[u8]) -> bool {
    let mut parts = s.splitn(3, |&b| b == b':');
    let (Some(key), Some(cipher), Some(body)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    (1..=2).contains(&key.len())
        && key.iter().all(u8::is_ascii_digit)
        && matches!(cipher, b"2" | b"3")
        && body.len() >= 24
        && body
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// A value encrypted under a numbered key, `<key id>:<base64 of whole AES blocks>`, as
/// SailPoint IdentityIQ stores passwords in its XML (`1:Y2FC5s82…`): 32 bytes or more, a
/// multiple of 16.
fn is_key_id_aes_ciphertext(s: &[u8]) -> bool {
    let Some(colon) = s.iter().position(|&b| b == b':') else {
        return false;
    };
    let (id, body) = (&s[..colon], &s[colon + 1..]);
    // (Standard base64 in whole quads: Optimizely's `2:<43 characters of base64url>` tokens
    // are no ciphertext.)
    (1..=2).contains(&id.len())
        && id.iter().all(u8::is_ascii_digit)
        && body.len() >= 44
        && body.len().is_multiple_of(4)
        && !body.iter().any(|b| matches!(b, b'-' | b'_'))
        && base64_decode(body).is_some_and(|raw| raw.len() >= 32 && raw.len() % 16 == 0)
}

/// A password encrypted the way Maven (`settings.xml` with `settings-security.xml`) and other
/// Plexus-based tools store one: base64 of IV and ciphertext between braces,
/// `{COQLCE6DU6GtcS5P=}`.
fn is_braced_base64(s: &[u8]) -> bool {
    let Some(inner) = s.strip_prefix(b"{").and_then(|r| r.strip_suffix(b"}")) else {
        return false;
    };
    // (Jenkins' `{AQAAABAAAA…}` secrets are `is_ciphertext`'s own case; the optional
    // `jenkins-encrypted-secret` reports them where a team wants it.)
    // (Plexus encrypts salt, pad length, ciphertext and padding to a multiple of 16 bytes:
    // its base64 ends in `=` or is a multiple of 64 characters long. An Exim or RANCID
    // argument in braces is neither.)
    // (Or base64's own `+` and `/` in 32 characters or more: `{vMi+hzP/dI/PjPCzN3R4/iAUsfnG/gQS}`.)
    (inner.ends_with(b"=")
        || inner.len() % 64 == 0
        || (inner.len() >= 32 && inner.iter().any(|b| matches!(b, b'+' | b'/'))))
        && inner.len() >= 16
        && !inner.starts_with(b"AQAAAB")
        && inner.len() % 4 == 0
        && inner
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
}

/// An OpenPGP message in base64 without its armour, as Renovate's `encrypted` settings keep
/// one: it opens with a public-key-encrypted session key packet (new format `wc…`, old format
/// `hQ…`/`hF…`), encrypted for the bot's key.
fn is_openpgp_message(s: &[u8]) -> bool {
    const HEADERS: [&[u8]; 10] = [
        b"wcFMA", b"wcBMA", b"wcDMA", b"wV4D", b"hQEMA", b"hQIMA", b"hQGMA", b"hQEOA", b"hF4D",
        b"hIwD",
    ];
    s.len() >= 100 && HEADERS.iter().any(|h| s.starts_with(h))
}

/// Is the value the text of an XML element whose attributes say it is encrypted (FileZilla's
/// `<Pass encoding="crypt" pubkey="…">`, a device export's `<Password encrypted="true">`)?
/// `before` is the line up to the value.
pub fn in_encrypted_element(before: &[u8]) -> bool {
    before.ends_with(b">")
        && before.iter().rposition(|&b| b == b'<').is_some_and(|open| {
            let tag = before[open..].to_ascii_lowercase();
            contains(&tag, b"encoding=\"crypt\"")
                || [
                    &b"encrypted=\"true\""[..],
                    b"encrypted='true'",
                    b"encrypted=\"yes\"",
                ]
                .iter()
                .any(|attr| contains(&tag, attr))
        })
}

/// Is the value at `start` the `key` of a `chocolatey.config` source (`<apiKeys source="…"
/// key="<base64>" />`)? Chocolatey keeps each source's API key encrypted with DPAPI.
pub fn in_chocolatey_api_keys(line: &[u8], start: usize) -> bool {
    line[..start].ends_with(b"key=\"") && memchr::memmem::find(line, b"<apiKeys ").is_some()
}

/// UnrealIRCd's `password "<value>" { sslclientcertfp; };`: the type after the value says it is
/// a certificate's or key's fingerprint, or a hash (`{ bcrypt; }`, `{ argon2; }`), not a password.
pub fn unrealircd_auth_type_not_plain(line: &[u8], end: usize) -> bool {
    let rest = line.get(end + 1..).unwrap_or_default().trim_ascii_start();
    let Some(body) = rest.strip_prefix(b"{") else {
        return false;
    };
    let word: Vec<u8> = body
        .trim_ascii_start()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    [
        &b"sslclientcertfp"[..],
        b"spkifp",
        b"certfp",
        b"sslclientcert",
        b"bcrypt",
        b"argon2",
        b"md5",
        b"sha1",
        b"ripemd160",
        b"crypt",
    ]
    .contains(&word.as_slice())
}

/// Is the value an attribute of an XML element that says it is stored hashed? Guacamole's
/// `<authorize username=… password="<hex>" encoding="md5">` holds a digest. (mRemoteNG's
/// `confCons.xml` passwords stay findings: they are encrypted under the default master password
/// `mR3m` unless the user set another, and tools decrypt them.)
pub fn in_hashed_element(line: &[u8], start: usize, end: usize) -> bool {
    let Some(open) = line[..start].iter().rposition(|&b| b == b'<') else {
        return false;
    };
    let close = line[end..]
        .iter()
        .position(|&b| b == b'>')
        .map_or(line.len(), |p| end + p);
    let element = &line[open..close];
    let lower = element.to_ascii_lowercase();
    // InspIRCd's `<oper … hash="sha256" password="…">`: the password attribute holds the hash.
    let hash_attr = lower
        .windows(6)
        .position(|w| w == b" hash=")
        .map(|p| {
            lower[p + 6..]
                .strip_prefix(b"\"")
                .unwrap_or(&lower[p + 6..])
        })
        .is_some_and(|alg| {
            [
                "md5", "sha", "bcrypt", "argon2", "hmac-", "pbkdf2", "scrypt",
            ]
            .iter()
            .any(|a| alg.starts_with(a.as_bytes()))
        });
    hash_attr
        || [
            "encoding=\"md5\"",
            "encoding=\"sha256\"",
            "encoding=\"sha1\"",
            "encoding=\"sha512\"",
        ]
        .iter()
        .any(|e| contains(&lower, e.as_bytes()))
}

/// A Solidity `bytes32 … constant` (`DOMAIN_SALT = 0x…`): compiled into a contract that anyone
/// can read on chain, so no secret.
pub fn is_solidity_constant(line: &[u8]) -> bool {
    contains(line, b"bytes32 ") && contains(line, b" constant ")
}

/// A password parameter of a RapidMiner process (`<parameter key="password" value="…"/>`):
/// RapidMiner Studio stores it encrypted with the installation's cipher key, as base64.
pub fn is_rapidminer_encrypted(line: &[u8], value: &[u8]) -> bool {
    contains(line, b"<parameter key=\"")
        && value.len() >= 24
        && value.len().is_multiple_of(4)
        && base64_decode(value).is_some_and(|raw| raw.len().is_multiple_of(16) && !raw.is_ascii())
}

/// A Windows DPAPI blob: encrypted for one user or machine (`ConvertFrom-SecureString`'s
/// output, a NuGet or publish-profile password, a `.reg` file's `hex:` value). It starts with
/// version 1 and DPAPI's provider GUID `df9d8cd0-1501-11d1-8c7a-00c04fc297eb`, in base64, hex or
/// a `.reg` file's comma-separated hex.
fn is_dpapi_blob(s: &[u8]) -> bool {
    const HEADER: &[u8] = b"01000000d08c9ddf0115d1118c7a00c04fc297eb";
    if s.starts_with(b"AQAAANCMnd8BFdERjHoAwE/Cl+s") {
        return true;
    }
    let s = s.strip_prefix(b"hex:").unwrap_or(s);
    if !s.starts_with(b"01") {
        return false;
    }
    let digits: Vec<u8> = s
        .iter()
        .copied()
        .filter(|b| !matches!(b, b',' | b'\\'))
        .take(HEADER.len())
        .collect();
    // (A `.reg` value's first line may end before the GUID does: `…,97,\` and `eb,…` below.)
    let header_goes_on = s.ends_with(b"\\") && digits.len() >= 24;
    (digits.len() == HEADER.len() || header_goes_on)
        && digits.eq_ignore_ascii_case(&HEADER[..digits.len()])
}

/// Keys published as examples by the providers themselves (their SDKs' test suites and docs):
/// public, restricted or revoked, and copied into many repositories. Exact values.
const PUBLISHED_EXAMPLE_KEYS: &[&str] = &[
    // The API key Palo Alto Networks' PAN-OS XML API documentation and labs show.
    "LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09",
    // Shaka Packager's documentation: the `widevine_test` signer's AES signing key and IV, and
    // the raw keys of its tutorial; Microsoft's PlayReady test server's key seed.
    "1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9",
    "d58ce954203b7c9a9a9d467f59839249",
    "69eaa802a6763af979e8d1940fb88392",
    "XVBovsmzhP9gRIZxWfFta3VVRPzVEWmJsazEJ46I",
    // Jetty's distribution: its sample keystore's passwords, obfuscated, as `jetty-ssl-context.xml`
    // ships them.
    "OBF:1vny1zlo1x8e1vnw1vn61x8g1zlu1vn4",
    "OBF:1u2u1wml1z7s1z7a1wnl1u2g",
    // Card gateways' sandbox credentials that their SDKs' sample code ships: Authorize.Net's
    // sample transaction key, NMI's demo security key, USAePay's sandbox source key and
    // Heartland/Global Payments' certification secret API key.
    "346HZ32z3fP4hTG2",
    "6457Thfj624V5r7WUwc5v6a68Zsd6YEm",
    "_V87Qtb513Cd3vabM7RC0TbtJWeSo8p7",
    "skapi_cert_MTyMAQBiHVEAewvIzXVFcFsHiLZbxZOAvrGnxJnfrwA",
    // SimpleFIN's demo setup token (base64 of its bridge's `…/claim/DEMO` URL) and Open WebUI's
    // documented default `WEBUI_SECRET_KEY`.
    "aHR0cHM6Ly9iZXRhLWJyaWRnZS5zaW1wbGVmaW4ub3JnL3NpbXBsZWZpbi9jbGFpbS9ERU1P",
    "t0p-s3cr3t",
    // Greenhouse Harvest's documentation (every `curl` example's Basic header, and the key in
    // it) and Rocket.Chat's REST API reference (its `X-Auth-Token` example).
    "MGQwMzFkODIyN2VhZmE2MWRjMzc1YTZjMmUwNjdlMjQ6",
    "0d031d8227eafa61dc375a6c2e067e24",
    "RScctEHSmLGZGywfIhWyRpyofhKOiMoUIpimhvheU3f",
    // Paysafe's authentication pages (the key password of `MerchantXYZ`, its Basic header,
    // the Payments API's `curl -u` example, the embedded wallets' short example), Pinnacle's
    // API reference (its Basic header) and Skrill's Merchant Query Interface reference (the
    // MD5 of an MQI password).
    "B-tst1-0-51ed39e4-312d02345d3f123120881dff9bb4020a89e8ac44cdfdcecd702151182fdc952272661d290ab2e5849e31bb03deede7e",
    "TWVyY2hhbnRYWVo6Qi10c3QxLTAtNTFlZDM5ZTQtMzEyZDAyMzQ1ZDNmMTIzMTIwODgxZGZmOWJiNDAyMGE4OWU4YWM0NGNkZmRjZWNkNzAyMTUxMTgyZmRjOTUyMjcyNjYxZDI5MGFiMmU1ODQ5ZTMxYmIwM2RlZWRlN2U=",
    "B-qa2-0-579b6aec-0-606c02147caae097f4392898ca08ae736e51d3093af388d90214528ac70b69c0359d3173d12480d07275ca54a7c7",
    "TWVyY2hhbnRYWVo6MjA4ODFkZmY5YmI0MDIwYTg5ZThhYzQ0",
    "U03MyOT23YbzMDc6d3c3O1DQ1",
    "9f535b6ae672f627e4e5f79f2b7c63fe",
    // Procore's authentication guide (its client-credentials payload, hex with `x`s in it) and
    // the SAS token signature of AWS DataSync's Azure Blob documentation (copied into every AWS
    // SDK's doc comments).
    "242635f69bfc6fb9adax513875a0254a2a908f7bb176x1698d6x169a08f5646d",
    "041372a09c6e4x92aa08ce3axea1cfc0115cbfbf7134exa125fe10cc103ca626",
    "aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",
    // Stripe's API reference (its test secret key in every `curl -u` example), NS1's Python SDK
    // documentation, lego's Cloudflare example, FreeRADIUS's default client secret, the
    // AES-128 key of FIPS-197's and SP 800-38A's examples (LoRaWAN samples copy it) and the
    // leetspeak `password` of countless examples.
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "qACMD09OJXBxT7XOuRs8",
    "b9841238feb177a84330febba8a83208921177bffe733",
    "testing123",
    "2b7e151628aed2a6abf7158809cf4f3c",
    "2B7E151628AED2A6ABF7158809CF4F3C",
    "p@ssw0rd",
    "P@ssw0rd",
    // CometBFT's `node_key.json` and `priv_validator_key.json` documentation examples.
    "jxG2ywUkVPiF4XDW1Dwa5ZfcrC0rEa4iM1y4O5qCMpYxdiypykyf9yp7C81cJTZHKMOvrnGcZiqxlMfyQsaUUA==",
    "9giFjwnmAKCAI95l4Q32kXsau+itGrbsvz84CTLxGnJSPENCBVOUck5ntrGkyX+JzMwgleJCkXEIWPAoa/NioQ==",
    // Web3Signer's Azure example secret, Lighthouse's validator_definitions example password,
    // ethers.js's shared default Ankr key and Chainstack's documentation endpoint key.
    "0DgK4V_YA99RPk7.f_1op0-em_a46wSe.Z",
    "myStrongpa55word123&$",
    "9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972",
    "3c6e0b8a9c15224a8228b9a98ca1531d",
    // Cisco DevNet's always-on sandboxes (the Meraki read-only key, the Catalyst Center and
    // IOS XE passwords), NetBox's v2-token example and AWX's CLI token example.
    "6bec40cf957de430a6f1f2baa056b99a4fac9ea0",
    "Cisco123!",
    "C1sco12345",
    "nbt_4F9DAouzURLb.zjebxBPzICiPbWz0Wtx0fTL7bCKXKGTYhNzkgC2S",
    "6E5SXhld7AMOhpRveZsLJQsfs9VS8U",
    // GameAnalytics' sandbox game and secret keys (its REST API documentation).
    "5c6bcb5402204249437fb5a7a80a4959",
    "16813a12f718bc5c620f56944e1abc3ea13ccbac",
    // Typeform's personal token documentation.
    "tfp_943af478d3ff3d4d760020c11af102b79c440513",
    // SolarEdge's monitoring API documentation (the `api_key` of every example URL).
    "L4QLVQ1LOKCQX2193VSEICXW61NP6B1O",
    // Pushover's API documentation (its application token and user key in the `curl` example),
    // Zoho Accounts' refresh-token request example, Fivetran's REST API authentication example
    // (key, secret, and the Basic credential made of them).
    "azGDORePK8gMaC0QOYAMyEEuzJnyUi",
    "uQiRzpo4DXghDmr9QzzfQu27cmVRsG",
    "122c324d3496d5d777ceeebc129470715fbb856b7",
    "1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1",
    "1f6f2d161365888a1943160ccdb8d968",
    "ZDljNDUxMTM0OWRkNGI4NjoxZjZmMmQxNjEzNjU4ODhhMTk0MzE2MGNjZGI4ZDk2OA==",
    // Podcast Index's API documentation (the key and secret of its example code, copied into
    // many client libraries' tests).
    "UXKCGDSYGUUEVQJSYDZH",
    "yzJe2eE7XV-3eY576dyRZ6wXyAbndh6LUrCZ8KN|",
    "yzJe2eE7XV-3eY576dyRZ6wXyAbndh6LUrCZ8KN",
    // Loops' API documentation key ("replace … with your own API key").
    "d2d561f5ff80136f69b4b5a31b9fb3c9",
    // The API key value in the CloudFormation reference's `AWS::ApiGateway::ApiKey` example.
    "MyApiKeyThatIsAtLeast20Characters",
    // Polar's AccessLink example `config.yml` (its README: "fill in your client id and secret").
    "62c54f4a-b7e8-11e7-abc4-cec278b6b50a",
    // The OCPI specification's credentials example (Token A/B/C), repeated by its libraries.
    "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2",
    // Toast's authentication API reference: the `clientSecret` example of `AuthenticationRequest`.
    "eS960aiKdvgbSDcLUCk68HR2CJKwwHNO2HKfgxjCWxoj27KIp6jFAi2XOOc_oCuv",
    // The Things Stack's documentation example API key ("an example API key is as follows").
    "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA",
    // Mews' public demo credentials (its Connector API documentation: "public/shared" client
    // and access tokens for the demo environment, gross and net pricing) and its POS API demo
    // token.
    "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D",
    "E916C341431C4D28A866AD200152DBD3-A046EB5583FFBE94DE1172237763712",
    "2CC71B0660F345019882AD200155B4FE-4A1FC9080A4DD2A404734003674F77E",
    "07AB1F14B55C49B8BDD6AD200158423B-273A4497AFF5E20566D7199DB3DC2BA",
    "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D",
    "CC150C355D6A4048A220AD20015483AB-B6D09C0C84B09538077CB8FFBB907B4",
    "5F56B9903A834F199E28AD20015E58CA-5C6A1A00550634911534AD6A098E8B7",
    "39E301DD5A1C4A569087AD20015F60DD-50DC28896E9090CCA0995C9BBD90351",
    "4D6C7ABE0E6A4681B0AFB16900AE5D86-DF50CBC89E1D4FF5859DDF021649ED5",
    "1AEFA58C55E74D65BDC7AD2001564C12-66633E0B736F523379B9E5966165A55",
    "682C235379B64D909941AD2001577525-BFC60A026081F1350FAA99CAB9F7510",
    "BFD4298010F54B069F3DAD20015D53EA-D5561FADFBA4EFC8EA4C179C6BC461F",
    "sk_test_bae7115405656f156ca6ca",
    // OSDP's default Secure Channel Base Key (SCBK-D, the bytes `0`..`?`), the specification's
    // install-mode key.
    "303132333435363738393A3B3C3D3E3F",
    // The Subsonic API documentation's token example: md5("sesame" + salt "c19b2d"), copied
    // into many clients' tests.
    "26719a1196d2a940705a59634eb18eab",
    // The Standard Webhooks (Svix) specification's test-vector secret, Slack's request-signing
    // example (not even hex) and the Telegram Bot API documentation's token example;
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    "8f742231b10e8888abcd99yyyzzz85a5",
    "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    // Paddle's webhook signature documentation (a notification destination's secret key).
    "pdl_ntfset_01gkpjp8bkm3tm53kdgkx6sms7_6h3qd3uFSi9YCD3OLYAShQI90XTI5vEI",
    // Basiq's sandbox bank login (its "Hooli" test institution).
    "hooli2016",
    // Veryfi's authentication documentation (`apikey api_demo:1f2pdas7jkj389d8sda`).
    "1f2pdas7jkj389d8sda",
    // Mailgun's documentation key (its API reference and SDK READMEs).
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    // Keys printed in API documentation's signing and request examples: Binance's API key and
    // secret, Kraken's private key, Ably's documentation key, DeepL's free-plan example key,
    // OpenWeatherMap's samples key, SparkPost's documentation key.
    "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
    "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j",
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==",
    "I2E_JQ.OqUdfg:EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0",
    "EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0",
    "279a2e9d-83b3-c416-7e2d-f721593e42a0:fx",
    "279a2e9d-83b3-c416-7e2d-f721593e42a0",
    "b6907d289e10d714a6e88b30761fae22",
    "14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf",
    // Payment providers' published sandbox credentials: PayFast's sandbox merchant key and
    // passphrase, Safaricom's M-Pesa (Daraja) sandbox passkey, Toss Payments' documentation test
    // key, Peach Payments' (OPPWA) documentation token, KG Inicis's test sign key, Paddle's
    // documentation API key.
    "46f0cd694581a",
    "jt7NOE43FZPn",
    "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919",
    "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R",
    "OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg=",
    "SU5JTElURV9UUklQTEVERVNfS0VZU1RS",
    "pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO",
    // Contentful's example space's delivery token (`cfexampleapi`) and the Content API key of
    // Ghost's demo site (demo.ghost.io), both in their documentation's quick starts.
    "b4c0n73n7fu1",
    "22444f78447824223cefc48062",
    // PhonePe's UAT (sandbox) salt key.
    "099eb0cd-02cf-4e2a-8aca-3e6c6aff0399",
    // MD5, SHA-1 and SHA-256 of `test`, of nothing, `password`, `secret` and `changeme`: a
    // stand-in made by hashing a word (Rails' test `secret_key_base`), not a random key.
    "098f6bcd4621d373cade4e832627b4f6",
    "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "d41d8cd98f00b204e9800998ecf8427e",
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "5f4dcc3b5aa765d61d8327deb882cf99",
    "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8",
    "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
    "5ebe2294ecd0e0f08eab7690d2a6ee69",
    "e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4",
    "2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b",
    "4cb9c8a8048fd02294477fcb1a41191a",
    "fa9beb99e4029ad5a6615399e7bbae21356086b3",
    "057ba03d6c44104863dc7361fe4578965d1887360f90a0895882e58a6248fc86",
    // RFC 8032 section 7.1 Ed25519 test vectors 1-3 and RFC 7748 section 6.1 X25519 private
    // keys (Alice, Bob): test-vector tables in every crypto library.
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
    "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
    "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
    "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
    // Firebase Android SDK test keys (github.com/firebase/firebase-android-sdk).
    // The private JWKs of RFC 8037 (Ed25519, appendix A.1) and RFC 7515 (P-256, appendix A.3),
    // copied into JOSE libraries' tests and docs.
    "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
    "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI",
    // The secret of Google Authenticator's key-URI documentation (`otpauth://totp/Example:
    // alice@google.com?secret=…`), copied into every TOTP tutorial.
    "JBSWY3DPEHPK3PXP",
    // The secret of the same page's `otpauth://totp/ACME%20Co:john.doe@email.com?secret=…`.
    "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ",
    // reCAPTCHA v2's test keys, which Google publishes for automated tests (always pass).
    "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe",
    // MinIO's public playground (`play.min.io`), in the `mc` client's default config and the
    // MinIO SDKs' examples.
    "Q3AM3UQ867SPQQA43P2F",
    "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG",
    "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
    "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
    "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
    "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
    "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
    "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
    "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
    "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
    "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
    "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
    "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
    "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
    "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
    "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
    "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY",
    // Cipher and MAC test vectors: NIST SP 800-38A's AES-128 and AES-256 keys, RFC 3602's
    // AES-CBC case 2 key, RFC 4231's HMAC test case 2 key (`Jefe`, in hex).
    "2b7e151628aed2a6abf7158809cf4f3c",
    "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
    // Socket's public API token, documented for anyone's use with its CLI and GitHub Action.
    "sktsec_t_--RAN5U4ivauy4w37-6aoKyYPDt5ZbaT5JBVMqiwKo_api",
    // RFC 6238's TOTP test seeds (`12345678901234567890…` for SHA-1, SHA-256 and SHA-512), in
    // base32 as authenticator libraries' tests write them.
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA",
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA",
    "c286696d887c9aa0611bbb3e2025a45a",
    "4a656665",
    // The consumer and token secrets of OAuth 1.0's worked example (RFC 5849, section 1.2),
    // in every OAuth 1.0 library's signing tests.
    "kd94hf93k423kf44",
    "pfkkdhi9sl3r4s00",
    // The consumer key and secret, access token and secret of X's (Twitter's) "Creating a
    // signature" guide, copied into OAuth 1.0a libraries' tests.
    "xvz1evFS4wEEPTGEFPHBog",
    "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
    "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
    "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
    // The Google Cloud SDK's OAuth client secret (an installed app's, public by design), in
    // every `application_default_credentials.json` that `gcloud auth` writes.
    "d-FL95Q19q7MQmFpd7hHD0Ty",
    // MinIO's documented example root password (`minioadmin` is its built-in default).
    "minio123",
    // The AES key of SWUpdate's encrypted-images documentation (`openssl enc … -K … -iv …`).
    "390ad54490a4a5f53722291023c19e08ffb5c4677a59e958c96ffa6e641df040",
    // The auth token of Rocket.Chat's REST API documentation (`"userId": "aobEdbYhXfu5hkeqG"`).
    "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq",
    // The session id of RFC 6265's and MDN's cookie examples (`SID=31d4d96e407aad42`).
    "31d4d96e407aad42",
    // Meshtastic's default channel key (what `psk: AQ==` expands to), in its documentation.
    "1PG7OiApB1nwvP+rz05pAQ==",
    // The example keys of Opsgenie's (`GenieKey …`), Statuspage's (`OAuth …`), PagerDuty's
    // (a routing key, a REST key) and ilert's API documentation.
    "eb243592-faa2-4ba2-a551q-1afdf565c889",
    "89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1",
    "e93facc04764012d7bfb002500d5d1a6",
    "y_NbAkKc66ryYTWUXYEu",
    "il1api0460d849fcdc753d4f",
    // HashiCorp's documentation: Boundary's dev-mode KMS key, Consul's example gossip keys
    // (16- and 32-byte) and the example ACL tokens of Consul's guides.
    "8fZBjCUfN0TzjEGLQldGY4+iE9AkOvCfjh7+p0GtRBQ=",
    "cg8StVXbQJ0gPvMd9o7yrg==",
    "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=",
    "e4c7c80e-870b-c6a6-43d2-dbfa90130c06",
    "527347d3-9653-07dc-adc0-598b8f2b0f4d",
    "86cddfb9-2760-d947-358d-a2811156bf31",
    // Login with Amazon's documented client secret, access and refresh tokens, and Homey's
    // documented client secret.
    "c007c411c9657dde807a11a96a3cfd8a2972f9599ac28de241675832f63cac05",
    "Atza|IwEBIPSxTCdGGC-xL-ywFib_lJfg-D7d435Jw739GWa3xy6dHJxXqy2EwddQkIchiDNiqa4kFJ4iTv_WcFCPoQ6qNvEIxlwDU9yxadZon9-fWh42Qt-hqB8kL6X1iFaDVsBjt3DSgfbe5DYOn_NCOF_r0Z0c3ArA1ft1g082lKYDC4Lo_qYy",
    "Atzr|IwEBIDxSD_pLhlNA0Jn8UbGDhcsxEt70JizgXXXaITEwstKSsLO007_pNcQ13H6umgVcLvPiXthZL4UJnHv8tYAqbVVnH7CUanaA4MDwY9JMf-CVHltiDYm7uv6lTuBIVe5IgXPvyctGyuu8SQxPtKEgejF0Iyoy_7uWZ8l185XU426Bw1U",
    "e3ace394af9f615857ceaa61b053f966ddcfb12a",
    // Polycom's factory provisioning login (`ftp://PlcmSpIp:PlcmSpIp@…`).
    "PlcmSpIp",
    // The example secrets of strongSwan's `ipsec.secrets(5)` (a PSK, an EAP and two XAUTH
    // passwords), and the pre-shared key of Libreswan's and vendors' IPsec guides, as text and
    // as hex.
    "v+NkxY9LLZvwj4qCC2o/gGrWDF2d21jL",
    "x3.dEhgN",
    "4iChxLT3",
    "ryftzG4A",
    "ThisIsMySecretPreSharedkey",
    "5468697349734d79536563726563745072655368617265646b6579",
    "0x5468697349734d79536563726563745072655368617265646b6579",
    // Payment providers' documented test credentials: Mollie's test API key, Redsys's test
    // merchant key, Qonto's example secret key, PayU's public sandbox OAuth client secret and
    // Przelewy24's sandbox reports key.
    "test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM",
    "sq7HjrUOBfKmC576ILgskD5srU870gJ7",
    "62885d39f3a0ddedd3d3ee0432a43ccr",
    "12f071174cb7eb79d4aac5bc2f07563f",
    "170f9d9fcb55e4bc4bc2ef3e2fb2b388",
    // Yandex Cloud's documented static key secret and OAuth token, YooKassa's documented test
    // secret key, and GigaChat's documented authorization key.
    "YCVdheub7w9bImcGAnd3dZnf08FRbvjeUFvehGvc",
    "y3_Vdheub7w9bIut67GHeL345gfb5GAnd3dZnf08FRbvjeUFvetYiohGvc",
    "test_Fh8hUAVVBGUGbjmlzba6TB0iyUbos_lueTHE-axOwM0",
    "ZTU2MjM2MjctYmI4Yy00MTJjLTk0Yjct232hNjk5OGU4ZWYzOjg4N2QxNWEyLWNiNGYtNDk5OC05NTkxLTViMjZkNjJkMzc1MQ==",
    // Salesforce's REST documentation's example client secret; RFC 5769's STUN test-vector
    // passwords; Metered's documented secret key; BigBlueButton's test-install shared secret.
    "1955279925675241571",
    "VOkJxbRl1RmTxUk/WvJxBt",
    "TheMatrIX",
    "vLwipNRUeDLGfgNEhJE9Vu58LX-1f3VYji0oIR8YpOeW_0pn",
    "8cd8ef52e8e101574e400365b55e11a6",
    // NIP-19's test vector (a Nostr private key in bech32).
    "nsec1vl029mgpspedva04g90vltkh6fvh240zqtv9k0t9af8935ke9laqsnlfe5",
    // Stripe Terminal's documented connection token.
    "pst_test_YWNjdF8xTTJKVGtMa2RJd0h1N2l4LE81ZEdIalZ6NlVuMUdjM3c3WkRnN0ZYRHZxRURwTXo_00gNK2DWAV",
    // OpenShift's documented `kubeadmin` password.
    "4vYBz-Ee6gm-ymBZj-Wt5AL",
    // The example passwords of Kubernetes' Secret documentation.
    "1f2d1e2e67df",
    "39528$vdg7Jb",
    "S!B\\*d$zDsb=",
    "S!B*d$zDsb=",
    // The registration code of SUSE's `SUSEConnect` documentation.
    "5597A240B216B4",
    // WordPress's documented application password and BioBlend's example Galaxy API key.
    "abcd EFGH 1234 ijkl MNOP 6789",
    "baa4d6e3a156d3033f05736255f195f9",
    // The Azure Cosmos DB emulator's published account key.
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    // The example auth token of Viber's REST bot API reference.
    "445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9",
    // The bot token of Discord's API reference (`Authorization: Bot …`).
    "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",
    // The JWT of jwt.io's debugger (secret `a-string-secret-at-least-256-bits-long`).
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    // Azurite's (the Azure Storage emulator's) published development account key.
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    // Stripe's documentation test key (printed in every example of the API reference).
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    // The example tokens of GoatCounter's API documentation and Hetzner Cloud's, and the
    // example `superApiKey` of Snowplow's Iglu server configuration.
    "2q2snk7clgqs63tr4xc5bwseajlw88qzilr8fq157jz3qxwwmz5",
    "LRK9DAWQ1ZAEFSrCNEEzLCUwhYX1U3g7wMg4dTlkkDC96fyDuyJ39nVbVjCKSDfj",
    "bb7b7503-40d3-459c-943a-f8d31a6f5638",
    // The example SCIM secret of Tableau's SCIM documentation.
    "fn5V9eazQqCGcnDq7UMUnw==:onbq-F2Q8HdyByJG6mi1yaWKcRlhrpDirVSz7o3-U8k=",
    "fn5V9eazQqCGcnDq7UMUnw==",
    // The example tokens of PagerDuty's and Zendesk's API references.
    "y_NbAkKc66ryYTWUXYEu",
    "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv",
    // The example UUIDs of RFC 4122 / Wikipedia, copied into countless docs.
    "550e8400-e29b-41d4-a716-446655440000",
    "123e4567-e89b-12d3-a456-426614174000",
    "123e4567-e89b-12d3-a456-426655440000",
    // The API key in every Google Chat incoming-webhook URL (`…/messages?key=<this>&token=…`),
    // the same for all of them: the webhook's `token` is its secret.
    "AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI",
    // HCP Terraform's API reference (user-, organization- and team-tokens pages): the example
    // token of each response.
    "6tL24nM38M7XWQ.atlasv1.KmWckRfzeNmUVFNvpvwUEChKaLGznCSD6fPf3VPzqMMVzmSxFU0p2Ibzpo2h5eTGwPU",
    "ZgqYdzuvlv8Iyg.atlasv1.6nV7t1OyFls341jo1xdZTP72fN0uu9VL55ozqzekfmToGFbhoFvvygIRy2mwVAXomOE",
    "QnbSxjjhVMHJgw.atlasv1.gxZnWIjI5j752DGqdwEUVLOFf0mtyaQ00H9bA1j90qWb254lEkQyOdfqqcq9zZL7Sm0",
    // NetSuite's token-based-authentication guide ("Creating the Token Password"): consumer key
    // and secret, token id and secret.
    "71cc02b731f05895561ef0862d71553a3ac99498a947c3b7beaf4a1e4a29f7c4",
    "7278da58caf07f5c336301a601203d10a58e948efa280f0618e25fcee1ef2abd",
    "89e08d9767c5ac85b374415725567d05b54ecf0960ad2470894a52f741020d82",
    "060cd9ab3ffbbe1e3d3918e90165ffd37ab12acc76b4691046e2d29c7d7674c2",
    // Workato's API-platform auth-token page; Akeneo's API client example (`A new client has
    // been added: client_id … secret …`).
    "ed776fdfbf5003b4aa6bcaafea8f9003ffb6986454822ce7ebb3c1a8efc08348",
    "5dyvo1z6y34so4ogkgksw88ookoows00cgoc488kcs8wk4c40s",
    // Benzinga's Python SDK README sample key; the Intrinio R package's `intrAuth` example.
    "testkey892834789s9s8abshtuy",
    "a543b029ec335ddfw66dd95bfa1ea3ac",
    "991d8ca963fgaa357aef78b4784d88b0",
    // PRAW's documentation (`client_secret`, `password` of its fakebot3 example), X's OAuth
    // guides (consumer secret, the application-only bearer token), Telegram Desktop's public
    // test `api_hash`, Twitch's sample token response, Mastodon's Token entity example.
    "xaxkj7HNh8kwg8e5t4m6KvSrbTI",
    "1guiwevlfo00esyy",
    "L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg",
    "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F",
    "344583e45741c457fe1862106095a5eb",
    "rfx2uswqe8l4g1mkagrvg5tv0ks3",
    "oauth:rfx2uswqe8l4g1mkagrvg5tv0ks3",
    "5b93chm6hdve3mycz05zfzatkfdenfspp1h1ar2xxdalen01",
    "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0",
    // Sabre's "Get a Token" example (`V1:userid:group:domain`, `12345`), Drone's `drone encrypt`
    // example, Artifactory's REST API sample API key, Dynatrace's API-authentication example
    // token, Logz.io's bulk-upload example token, Elasticsearch's create-API-key example
    // (`id:api_key` and its base64), Wazuh's default API password.
    "VmpFNmRYTmxjbWxrT21keWIzVndPbVJ2YldGcGJnPT06TVRJek5EVT0=",
    "correct-horse-batter-staple",
    "3OloposOtVFyCMrT+cXmCAScmVMPrSYXkWIjiyDCXsY=",
    "dt0c01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM",
    "oPwWbJwsFeQSeSoUTVAaZVZYttszAsfg",
    "VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw",
    "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
    "MyS3cr37P450r.*-",
    // serenity's (Discord) documentation token, Django REST framework's `Token` example (which
    // Buttondown's docs reuse), Paddle's API-key example, Stedi's API-key example.
    "Mjg4NzYwMjQxMzYzODc3ODg4.C_ikow.j3VupLBuE1QWZng3TMGH0z_UAwg",
    "401f7ac837da42b97f613d789819ff93537bee6a",
    "pdl_sdbx_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO",
    "pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO",
    "alKOxcl.fbFprsgLiPNk1nbLwc9J04nk",
    // Deribit's `public/auth` example, Binance's user-data-stream `listenKey` example, WeChat
    // Pay's signing-guide API key, Tencent Cloud's signature-guide SecretId and SecretKey.
    "W0H6FJW4IRPZ1MOQ8FP6KMC5RZDUUKXS",
    "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1",
    "192006250b4c09247ec02edce69f6a2d",
    "AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA",
    "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA",
    // Newegg Marketplace's guide and SDK examples (the `Authorization` key and the `SecretKey`,
    // one of them Windows' "My Computer" CLSID); MDN's Basic example (`Aladdin:OpenSesame`) and
    // RFC 7617's (`Aladdin:open sesame`, quoted in every protocol cheat sheet; one of the peers'
    // corpus examples labels it a secret).
    "720ddc067f4d115bd544aff46bc75634",
    "727ddc067f4d115bd544aff46bc15634",
    "727ddc0678f4d115bd544aff46bc15634",
    "21EC2020-3AEA-1069-A2DD-08002B30309D",
    "1B6B1383-01D1-4A1E-BA53-05DECE9BD765",
    "QWxhZGRpbjpPcGVuU2VzYW1l",
    "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
    // Microsoft's published KMS client setup keys (GVLKs) of Windows 10/11 and Windows Server
    // 2016-2025: every MDT `CustomSettings.ini` and unattend file may carry one.
    "W269N-WFGWX-YVC9B-4J6C9-T83GX",
    "MH37W-N47XK-V7XM9-C7227-GCQG9",
    "NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J",
    "9FNHH-K3HBT-3W4TD-6383H-6XYWF",
    "6TP4R-GNPTD-KYYHQ-7B7DP-J447Y",
    "YVWGF-BXNMC-HTQYQ-CPQ99-66QFC",
    "NW6C2-QMPVW-D7KKK-3GKT6-VCFB2",
    "2WH4N-8QGBV-H22JP-CT43Q-MDWWJ",
    "NPPR9-FWDCX-D2C8J-H872K-2YT43",
    "DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4",
    "YYVX9-NTFWV-6MDM3-9PT4T-4M68B",
    "44RPN-FTY23-9VTTB-MP9BX-T84FV",
    "M7XTQ-FN8P6-TTKYV-9D4CC-J462D",
    "92NFX-8DJQP-P6BBQ-THF9C-7CG2H",
    "DCPHK-NFMTC-H88MJ-PFHPY-QJ4BJ",
    "QFFDN-GRT3P-VKWWX-X7T3R-8B639",
    "WNMTR-4C88C-JK8YV-HQ7T2-76DF9",
    "2F77B-TNFGY-69QQF-B8YKP-D69TJ",
    "VDYBN-27WPP-V4HQT-9VMD4-VMK7H",
    "WX4NM-KYWYW-QJJR4-XV3QB-6VM33",
    "N69G4-B89J2-4G8F4-WWYCC-J464C",
    "WMDGN-G9PQG-XVVXX-R3X43-63DFG",
    "WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY",
    "CB7KF-BWN84-R7R2Y-793K2-8XDDG",
    "TVRH6-WHNXV-R9WG3-9XRFY-MY832",
    "D764K-2NDRG-47T6Q-P8T8W-YP6DF",
    // Infobip's API-key example, MessageBird's SDK test key, SuperTokens' `api_keys` example,
    // Gusto's organization-token example, Kamailio's default database passwords (kamctlrc).
    "003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9",
    "test_gshuPaZoeEG6ovbc8M79w0QyM",
    "Akjnv3iunvsoi8=-sackjij3ncisds",
    "bbb286ff1a4fe6b84742b0d49b8d0d65bd0208d27d3d50333591df71",
    "kamailiorw",
    "kamailioro",
    // LIFX's HTTP API example token, Cloud Storage's HMAC-key example secret, the `sig` of Azure
    // Logic Apps' callback-URL API example, the Fernet key of Airflow's secrets-backend example,
    // podsync's Vimeo token example.
    "c87c73a896b554367fac61f71dd3656af8d93a525a4e87df5952c6078a89d192",
    "bGoa+V7g/yqDXvKRqq+JTFn4uQZbPiQJo4pf9RzJ",
    "IxEQ_ygZf6WNEQCbjV0Vs6p6Y4DyNEJVAa86U5B4xhk",
    "2eu7W6ULuYxnUB4Uz31IYddkdgboa5kLP24bYtegll0=",
    "ecd4d34b07bcb9509ABCD",
    // JJWT's README token (Pulsar's token-authentication docs reuse it), NATS's `.creds`
    // example seed, Akamai's `.edgerc` example secret, Wompi's integrity-secret example,
    // ORCID's sandbox client-secret example, osfr's example PAT.
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJKb2UifQ.ipevRNuRP6HflG8cFKnmUPtypruRC4fb1DWtoLL62SY",
    "SUAOY5JZ2WJKVR4UO2KJ2P3SW6FZFNWEOIMAXF4WZEUNVQXXUOKGM55CYE",
    "C113nt53KR3TN6N90yVuAgICxIRwsObLi0E67/N8eRN=",
    "prod_integrity_ep4b3kSYJg2bWHwL7ulhPCDvaiyGDW7V",
    "060c36f2-cce2-4f74-bde0-a17d8bb30a97",
    "ThIsIsNoTaReAlPaTbUtYoUgEtIt",
    // wg(8)'s example private key, age's README identity, the Supabase CLI's local secret key,
    // Vault's MongoDB Atlas example private key.
    "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=",
    "AGE-SECRET-KEY-1N9JEPW6DWJ0ZQUDX63F5A03GX8QUW7PXDE39N8UYF82VZ9PC8UFS3M7XA9",
    "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz",
    "2c130c23-e6b6-4da8-a93f-a8bf33218830",
    // OneSignal's REST API key example (base64 of a UUID) in its API reference.
    "NGEwMGZmMjItY2NkNy0xMWUzLTk5ZDUtMDAwYzI5NDBlNjJj",
    // Vault's `operator init` example root token, Bitwarden Secrets Manager's example access
    // token, Tyk's default gateway secret, the Cronofy Node SDK's test tokens.
    "6662bb4a-afd0-4b6b-faad-e237fb564568",
    "0.48c78342-1635-48a6-accd-afbe01336365.C0tMmQqHnAp1h0gL8bngprlPOYutt0:B3h5D+YgLvFiQhWkIq6Bow==",
    "352d20ee67be67f6340b4c0605b044b7",
    "aLUj9bRInSj1n08pHPAo5ru0OOppDaCO",
    "5hdSBZHgjA4xcQAelyAYWDfezZv0-9yP",
    // Lob's SDK test key, Canada Post's published development credentials, PlayCanvas's API
    // example token.
    "test_0dc8d51e0acffcb1880e0f19c79b2f5b0cc",
    "0bfa9fcb9853d1f51ee57a",
    "6e93d53968881714:0bfa9fcb9853d1f51ee57a",
    "nesgdxhiqe7hylfilr6ss1rds0gq1uj8",
    // iyzico's public sandbox API and secret keys, Tap Payments' documentation test key, ZATCA's
    // e-invoicing SDK sample CSID secret and EC private key, HyperPay (OPPWA) test entity, user
    // and access token.
    "sandbox-afXhZPW0MQlE4dCUUlHcEopnMBgXnAZI",
    "sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq",
    "sk_test_XKokBfNWv6FIYuTMg5sLPjhJ",
    "Xlj15LyMCgSC66ObnEO/qVPfhSbs3kDTjWnGheYhfSs=",
    "MHQCAQEEIDyLDaWIn/1/g3PGLrwupV4nTiiLKM59UEqUch1vDfhpoAcGBSuBBAAKoUQDQgAEYYMMoOaFYAhMO/steotfZyavr6p11SSlwsK9azmsLY7b1b+FLhqMArhB2dqHKboxqKNfvkKDePhpqjui5hcn0Q==",
    "8a8294174b7ecb28014b9699220015ca",
    "8a8294174b7ecb28014b9699220015cc",
    "OGE4Mjk0MTc0YjdlY2IyODAxNGI5Njk5MjIwMDE1Y2N8c3k2S0pzVDg=",
    // Sierra's REST API documentation credentials (`Elvis:Presley1`), FOLIO's edge API key
    // for the `diku` reference tenant.
    "RWx2aXM6UHJlc2xleTE=",
    "eyJzIjoiQlBhb2ZORm5jSzY0NzdEdWJ4RGgiLCJ0IjoiZGlrdSIsInUiOiJkaWt1In0=",
    "eyJzIjoiQlBhb2ZORm5jSzY0NzdEdWJ4RGgiLCJ0IjoiZGlrdSIsInUiOiJkaWt1In0",
    // dotenvx's documentation key pair (its private key), Xen Orchestra's REST API
    // documentation token, kintone's documentation API token and `Administrator:cybozu`.
    "a4547dcd9d3429615a3649bb79e87edb62ee6a74b007075e9141ae44f5fb412c",
    "TN2YBOMYtXB_hHtf4wTzm9p5tTuqq2i15yeuhcz2xXM",
    "BuBNIwbRRaUvr33nWXcfUZ5VhaFsJxN0xH4NPN92",
    "QWRtaW5pc3RyYXRvcjpjeWJvenU=",
    // PayU India's documented test merchant key and salt.
    "gtKFFx",
    "eCwWELxi",
];

/// Does `s` contain `word` (ASCII case-insensitive) written as a person writes it: all lower,
/// all upper or Capitalized? `YOUR`, `your`, `Your` count; `YoUR` inside a random mixed-case
/// token is chance.
fn contains_word(s: &[u8], word: &[u8]) -> bool {
    if word.is_empty() || s.len() < word.len() {
        return false;
    }
    s.windows(word.len()).any(|w| {
        if !w.eq_ignore_ascii_case(word) {
            return false;
        }
        let rest = &w[1..];
        rest.iter().all(|b| !b.is_ascii_uppercase()) || w.iter().all(|b| !b.is_ascii_lowercase())
    })
}

fn has_placeholder_word(s: &[u8]) -> bool {
    PLACEHOLDER_WORDS
        .iter()
        .any(|w| contains_word(s, w.as_bytes()))
        // (In camel case too: API Platform's `!ChangeMe!`.)
        || contains(s, b"ChangeMe")
        || contains(s, b"changeMe")
}

/// Decode a literal that is all base64 with `=` only as padding at its end (`base64_decode`
/// alone stops at the first `=`, so `abc=def` would pass as `abc`).
fn decode_padded_base64(s: &[u8]) -> Option<Vec<u8>> {
    let body = s.iter().position(|&b| b == b'=').unwrap_or(s.len());
    if s[body..].iter().any(|&b| b != b'=') {
        return None;
    }
    base64_decode(s)
}

/// Base64 of text that says it is no real credential (`isaacs:not my real password`, a
/// Basic-auth example in npm's docs): the encoding hides the placeholder words.
fn encodes_placeholder_text(s: &[u8]) -> bool {
    if s.len() < 12 {
        return false;
    }
    let Some(text) = decode_padded_base64(s) else {
        return false;
    };
    // A SASL PLAIN response (`\0user\0password`, XMPP's `<auth mechanism='PLAIN'>`): judged by
    // its password (`\0bot\0<password>`, `\0ci\0********`, `\0helpdesk\0PROTECTED`).
    if let Some(p) = super::wire::sasl_plain(&text) {
        return p.len() < 6
            || p.iter().all(|b| !b.is_ascii_alphanumeric())
            || p.iter().all(|b| b.is_ascii_uppercase() || *b == b'_')
            || is_placeholder(p);
    }
    if !text.iter().all(|b| b.is_ascii_graphic() || *b == b' ') {
        return false;
    }
    // A JSON object (QIWI's P2P keys are base64 of one): its braces and colons are syntax, not
    // a template or a `user:password`.
    if text.starts_with(b"{\"") {
        return has_placeholder_word(&text);
    }
    // A secret manager's reference, base64-encoded into a Kubernetes Secret.
    if is_reference(&text) {
        return true;
    }
    if has_placeholder_word(&text) || has_template_slot(&text) || is_bracketed_mask(&text) {
        return true;
    }
    // `user:password` (Basic auth, a Docker `auth`): judged by its password (`admin:***`,
    // `ci:TODO`, `ci:glpat-<token>`).
    // (Not `a::b`, a key's parts joined by a double colon, as Asaas's keys encode theirs.)
    match text
        .iter()
        .position(|&b| b == b':')
        .filter(|&c| text.get(c + 1) != Some(&b':'))
    {
        Some(colon) => {
            let (u, p) = (&text[..colon], &text[colon + 1..]);
            // An API key sent as the user name with no password (Stripe's, Close's, Recurly's
            // Basic auth) or with the dummy password its provider documents (BambooHR's and
            // Freshdesk's `x`, Toggl's `api_token`): judged by the key.
            if is_dummy_basic_password(p) && u.len() >= 20 && looks_random(u) {
                return is_placeholder(u);
            }
            // (`user:password`, `elastic:password`: the word stands for the password.)
            p.is_empty()
                || p.iter().all(|b| !b.is_ascii_alphanumeric())
                || (p.len() <= 5 && p.iter().all(u8::is_ascii_alphabetic))
                || [&b"password"[..], b"passwd", b"secret"]
                    .iter()
                    .any(|w| p.eq_ignore_ascii_case(w))
                || is_placeholder(p)
        }
        // A placeholder of a provider's token (`ghp_...` in a Kubernetes Secret's data).
        // (A token with a run of `A`s, Twitter's, is random after it.)
        None => is_placeholder(&text) && !looks_random(&text),
    }
}

/// The password of Basic auth where the user name is an API key: none, or the stand-in its
/// provider documents (`x`, `X`, `api_token`).
pub fn is_dummy_basic_password(p: &[u8]) -> bool {
    matches!(p, b"" | b"x" | b"X" | b"api_token")
}

/// Does the name say auth, basic or credential (`BASIC_AUTH_HEADER`, `elastic-auth`)?
pub fn names_auth(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    contains(&lower, b"auth") || contains(&lower, b"basic") || contains(&lower, b"credential")
}

/// HTTP Basic credentials in base64: `user:password` with a user name and a password of six or
/// more characters that is no placeholder (`b3JkZXJzOlE3dkwyeEBt…`).
pub fn is_basic_credential(s: &[u8]) -> bool {
    if s.len() < 12 || encodes_placeholder_text(s) {
        return false;
    }
    let Some(text) = decode_padded_base64(s) else {
        return false;
    };
    let Some(colon) = text.iter().position(|&b| b == b':') else {
        return false;
    };
    let (user, pass) = (&text[..colon], &text[colon + 1..]);
    !user.is_empty()
        && user.len() <= 64
        && user
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@'))
        && pass.len() >= 6
        && pass.iter().all(u8::is_ascii_graphic)
}

/// Runs of base64 (or hex) characters that a quote opens and the same quote closes, wherever
/// they are (`"$(echo 'eG94…' | base64 -d)"`: inside another literal): (offset, run).
pub fn quote_led_runs(line: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    memchr::memchr2_iter(b'"', b'\'', line).filter_map(move |q| {
        let start = q + 1;
        let len = line[start..]
            .iter()
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_')
            })
            .count();
        (len >= 20 && line.get(start + len) == Some(&line[q]))
            .then(|| (start, &line[start..start + len]))
    })
}

/// The `"…"` and `'…'` literals of a line without escapes: (offset of the content, content).
pub fn quoted_literals(line: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < line.len() {
            let q = line[i];
            i += 1;
            if q != b'"' && q != b'\'' {
                continue;
            }
            let start = i;
            let len = line[start..].iter().position(|&b| b == q || b == b'\\')?;
            i = start + len + 1;
            if line[start + len] == q {
                return Some((start, &line[start..start + len]));
            }
        }
        None
    })
}

/// A line holding a URL-encoded query string (an escaped `=`, `%3D`) with its `%XX` escapes
/// decoded, and for each byte of the decoded line (and its end) the offset in the real line.
pub fn percent_decoded(line: &[u8]) -> Option<(Vec<u8>, Vec<usize>)> {
    let escaped_eq = |k: usize| line[k + 1] == b'3' && matches!(line[k + 2], b'D' | b'd');
    memchr::memchr_iter(b'%', line).find(|&k| k + 2 < line.len() && escaped_eq(k))?;
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let (mut text, mut at) = (
        Vec::with_capacity(line.len()),
        Vec::with_capacity(line.len() + 1),
    );
    let mut k = 0;
    while k < line.len() {
        let escape = (line[k] == b'%' && k + 2 < line.len())
            .then(|| Some(hex(line[k + 1])? << 4 | hex(line[k + 2])?))
            .flatten();
        at.push(k);
        match escape {
            Some(b) => {
                text.push(b);
                k += 3;
            }
            None => {
                text.push(line[k]);
                k += 1;
            }
        }
    }
    at.push(line.len());
    Some((text, at))
}

/// A line with quotes escaped by backslashes (`\"`, `\\\"`, `\'`) without those backslashes,
/// and for each byte of it the offset where its encoding starts in the line (an escaped quote's
/// at its first backslash; one more at the end), as `percent_decoded` gives them; `None` when no
/// quote on the line is escaped.
pub fn backslash_unescaped(line: &[u8]) -> Option<(Vec<u8>, Vec<usize>)> {
    let escaped = |k: usize| k > 0 && line[k - 1] == b'\\';
    memchr::memchr2_iter(b'"', b'\'', line).find(|&k| escaped(k))?;
    Some(decode_spans(line, |k| {
        let run = line[k..].iter().take_while(|&&b| b == b'\\').count();
        match line.get(k + run) {
            Some(&q @ (b'"' | b'\'')) if run > 0 => Some((q, run + 1)),
            _ => None,
        }
    }))
}

/// `line` with the spellings `spelled(k)` finds at offset `k` (a byte and how long its spelling
/// is) written as their bytes, and for each byte of the result the offset where its spelling
/// starts (one more at the end).
fn decode_spans(
    line: &[u8],
    spelled: impl Fn(usize) -> Option<(u8, usize)>,
) -> (Vec<u8>, Vec<usize>) {
    let (mut text, mut at) = (
        Vec::with_capacity(line.len()),
        Vec::with_capacity(line.len() + 1),
    );
    let mut k = 0;
    while k < line.len() {
        at.push(k);
        match spelled(k) {
            Some((b, len)) => {
                text.push(b);
                k += len;
            }
            None => {
                text.push(line[k]);
                k += 1;
            }
        }
    }
    at.push(line.len());
    (text, at)
}

/// A line that spells characters as escapes (`"\x73\x6b\x5f…"`, `"\u0073\u006b…"`,
/// `\x22apiKey\x22:\x22…` inside a JSON string in a script): the line with each ASCII escape
/// written as its character, and for each byte the offset where its spelling starts (one more
/// at the end). Only lines with four escapes or more.
pub fn escapes_decoded(line: &[u8]) -> Option<(Vec<u8>, Vec<usize>)> {
    memchr::memchr(b'\\', line)?;
    let escape_at = |k: usize| -> Option<(u8, usize)> {
        let rest = line.get(k + 1..)?;
        let (digits, len) = match rest.first()? {
            b'x' => (rest.get(1..3)?, 4),
            b'u' if rest.starts_with(b"u00") => (rest.get(3..5)?, 6),
            _ => return None,
        };
        let hex = std::str::from_utf8(digits).ok()?;
        let b = u8::from_str_radix(hex, 16).ok()?;
        (b.is_ascii_graphic() || b == b' ').then_some((b, len))
    };
    let count = memchr::memchr_iter(b'\\', line)
        .filter(|&k| escape_at(k).is_some())
        .take(4)
        .count();
    if count < 4 {
        return None;
    }
    Some(decode_spans(line, |k| {
        (line[k] == b'\\').then(|| escape_at(k)).flatten()
    }))
}

/// The text a hex literal spells (`bytes.fromhex("736b5f…")`, `mustHex("6768…")`): 16 bytes
/// or more of printable ASCII.
pub fn hex_text(s: &[u8]) -> Option<Vec<u8>> {
    if s.len() < 32 {
        return None;
    }
    let text = hex_decode(s)?;
    text.iter()
        .all(|b| b.is_ascii_graphic() || *b == b' ')
        .then_some(text)
}

/// Does the code after a literal decode it from base64 (`", "base64")`, `', 'base64url')`)?
pub fn decoded_in_place(after: &[u8]) -> bool {
    let rest = match after.first() {
        Some(b'"' | b'\'') => &after[1..],
        _ => return false,
    };
    let rest = rest.trim_ascii_start();
    let Some(rest) = rest.strip_prefix(b",") else {
        return false;
    };
    let rest = rest.trim_ascii_start();
    rest.len() > 7 && matches!(rest[0], b'"' | b'\'') && rest[1..].starts_with(b"base64")
}

/// The text a base64 literal decodes to, when it is all base64 (padding only at the end) and
/// decodes to printable ASCII of 16 bytes or more.
pub fn base64_text(s: &[u8]) -> Option<Vec<u8>> {
    let text = decode_padded_base64(s)?;
    (text.len() >= 16 && text.iter().all(|b| b.is_ascii_graphic() || *b == b' ')).then_some(text)
}

/// Decode base64 or base64url, padded or not.
pub fn base64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let digits = s.iter().map(|&b| match b {
        b'A'..=b'Z' => Some(Some(b - b'A')),
        b'a'..=b'z' => Some(Some(b - b'a' + 26)),
        b'0'..=b'9' => Some(Some(b - b'0' + 52)),
        b'-' | b'+' => Some(Some(62)),
        b'_' | b'/' => Some(Some(63)),
        b'=' => Some(None),
        _ => None,
    });
    pack_digits(digits, 6, true)
}

/// The bytes that an even number of hexadecimal digits spells (either case).
pub fn hex_decode(s: &[u8]) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    let digits = s
        .iter()
        .map(|&b| (b as char).to_digit(16).map(|d| Some(d as u8)));
    pack_digits(digits, 4, false)
}

/// The bytes that a run of `width`-bit digits spells (base64's six, base32's five): each item
/// is a digit (`Some(Some(d))`), a character to skip or, when `stop_at_skip`, the end
/// (`Some(None)`: padding, a group's space), or a character that is not of the alphabet
/// (`None`: no decoding).
pub fn pack_digits(
    digits: impl Iterator<Item = Option<Option<u8>>>,
    width: u32,
    stop_at_skip: bool,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for d in digits {
        let Some(v) = d? else {
            if stop_at_skip {
                break;
            }
            continue;
        };
        acc = (acc << width) | u32::from(v);
        bits += width;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Counting sequences a person types for a fake key: `abcde…`, `12345…`, `a1b2c3d4e5…`
/// (letters and digits counted separately, so interleaved runs are caught too).
pub fn has_sequence(s: &[u8]) -> bool {
    // Ascending (`abcdef`, `1234567`) or descending (`fedcba`, `d4c3b2a1`) runs of letters or of
    // digits, read past the other kind (`abcd1234efgh`, `a1b2c3`). In a hex value the letters are
    // only `a`-`f`, so random hex often spells `fedcb…a` with digits between: there a step may
    // skip at most one character. (Hex in dashed groups too: a Mews token's
    // `8CA1B9462C97DEF7…` spells `ABCDEF` across its digits.)
    let hex = s.len() >= 20 && s.iter().all(|b| b.is_ascii_hexdigit() || *b == b'-');
    let longest = |class: fn(&u8) -> bool, digits: bool| {
        let run_of = |up: bool| {
            let (mut best, mut run, mut prev) = (0usize, 0usize, None::<(usize, u8)>);
            let chars = s.iter().enumerate().filter(|(_, b)| class(b));
            for (at, c) in chars.map(|(i, b)| (i, b.to_ascii_lowercase())) {
                let next = |(pat, p): (usize, u8)| {
                    (!hex || at - pat <= 2)
                        && if up {
                            c == p.wrapping_add(1) || (digits && p == b'9' && c == b'0')
                        } else {
                            c.wrapping_add(1) == p || (digits && p == b'0' && c == b'9')
                        }
                };
                run = match prev {
                    Some(p) if next(p) => run + 1,
                    _ => 1,
                };
                best = best.max(run);
                prev = Some((at, c));
            }
            best
        };
        run_of(true).max(run_of(false))
    };
    longest(u8::is_ascii_alphabetic, false) >= 6 || longest(u8::is_ascii_digit, true) >= 7
}

/// Two or more words run together in CamelCase (`DesignAutomation`, `contentSecurityPolicy`):
/// an identifier that happens to fit a letters-and-digits format. Random mixed-case letters
/// almost never fall into humps of one capital and two or more lowercase letters.
pub fn is_camel_case_words(s: &[u8]) -> bool {
    // A leading underscore marks a private name (`_SixIntTuple`).
    let s = s.strip_prefix(b"_").unwrap_or(s);
    if s.len() < 8 || !s.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    // Each capital starts a word of three or more letters; so does the first letter.
    let (mut words, mut len, mut short) = (0, 0, false);
    for (i, b) in s.iter().enumerate() {
        if b.is_ascii_uppercase() {
            if i > 0 {
                short |= len < 3;
                words += 1;
            }
            len = 1;
        } else {
            len += 1;
        }
    }
    !short && words >= 1 && len >= 3
}

/// Two-letter words that make a hump of an identifier (`getTransitionsOnSymbol`,
/// `_onMouseDown`, `isValidId`).
const SHORT_HUMPS: &[&[u8]] = &[
    b"on", b"of", b"to", b"by", b"in", b"is", b"at", b"as", b"or", b"up", b"id", b"no", b"do",
    b"if", b"ok", b"ui", b"db", b"io", b"js", b"os", b"fs",
];

/// An identifier whose words include acronyms or two-letter words (`HTMLUnknownElement`,
/// `getTransitionsOnSymbol`, `_onMouseDown`, `XMLHttpRequest`): every hump is a word of three or
/// more letters, a common two-letter word or an acronym of two to five capitals, and the longer
/// words read as English more than as random letters (random mixed-case letters rarely keep
/// that shape, and their letter pairs do not read as words).
pub fn is_identifier_with_acronyms(s: &[u8]) -> bool {
    let s = s.strip_prefix(b"_").unwrap_or(s);
    if s.len() < 8 || !s.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut humps: Vec<(&[u8], bool)> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let caps = s[i..].iter().take_while(|b| b.is_ascii_uppercase()).count();
        if caps >= 2 {
            // An acronym; its last capital starts the next word when lower case follows.
            let lower_follows = s.get(i + caps).is_some_and(u8::is_ascii_lowercase);
            let acronym = if lower_follows { caps - 1 } else { caps };
            if acronym > 5 {
                return false;
            }
            if acronym >= 2 {
                humps.push((&s[i..i + acronym], true));
            } else if acronym == 1 {
                return false;
            }
            i += acronym;
            continue;
        }
        let start = i;
        i += caps;
        i += s[i..].iter().take_while(|b| b.is_ascii_lowercase()).count();
        humps.push((&s[start..i], false));
    }
    if humps.len() < 2 {
        return false;
    }
    // (Letter pairs say little about short words: `Key`, `Down` score low. Words of five
    // letters or more are scored; an identifier of short words only is judged by its shape.)
    let (mut word_letters, mut long_letters, mut scored) = (0usize, 0usize, 0.0f64);
    for (hump, acronym) in &humps {
        if *acronym {
            continue;
        }
        match hump.len() {
            0 | 1 => return false,
            2 if !SHORT_HUMPS.iter().any(|w| w.eq_ignore_ascii_case(hump)) => return false,
            2 => {}
            n => {
                word_letters += n;
                if n >= 5 {
                    long_letters += n;
                    scored += word_score(hump) * n as f64;
                }
            }
        }
    }
    word_letters >= 4
        && if long_letters == 0 {
            s.len() <= 16
        } else {
            scored / long_letters as f64 >= 0.3
        }
}

/// A host name, file name or dotted code path (`api.example.io`, `X25519.KeyPair`,
/// `config.yaml`) rather than a key.
pub fn is_dotted_name(s: &[u8]) -> bool {
    let parts: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return false;
    }
    let ident = |p: &[u8]| {
        p.iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    let last = parts[parts.len() - 1];
    // (A host name: lower-case labels. `fpZM0oqvmSqQI.zyai` is a password with a dot in it.)
    let tld_like = (2..=12).contains(&last.len())
        && last.iter().all(u8::is_ascii_lowercase)
        && parts.iter().all(|p| !p.iter().any(u8::is_ascii_uppercase));
    // A word or words in one of the cases code uses (`environ`, `KeyPair`, `HTTP`), not letters
    // in random case (`JQKVULxDHlJ`).
    let cased_word = |p: &[u8]| {
        let rest_lower = p[1..].iter().all(u8::is_ascii_lowercase);
        p.len() >= 4
            && p.iter().all(u8::is_ascii_alphabetic)
            && (rest_lower || p.iter().all(u8::is_ascii_uppercase) || is_camel_case_words(p))
    };
    let wordy = parts
        .iter()
        .filter(|p| cased_word(p) || wordiness(p) >= 0.6)
        .count();
    // A long part in mixed case with digits is a token's body behind a short prefix
    // (`lvtx.a-axjJ1JDq9NQcgkmQ…`, Wyze's refresh tokens), not a name.
    let token_body = |p: &[u8]| {
        p.len() >= 24
            && p.iter().any(u8::is_ascii_uppercase)
            && p.iter().any(u8::is_ascii_lowercase)
            && p.iter().any(u8::is_ascii_digit)
            && !is_camel_case_words(p)
    };
    parts.iter().all(|p| ident(p))
        && (tld_like || wordy * 2 >= parts.len())
        && !parts.iter().any(|p| token_body(p))
}

/// A secret store's reference written as a scheme and a lower-case path (`secretref://frappe/
/// encryption_key`, `sops:dolibarr/smtp_pw`, `awssm://prod/db`): two path words at least, no
/// capitals, digits only inside words, nothing a key or password would mix in.
fn is_scheme_path_reference(s: &[u8]) -> bool {
    let Some(colon) = s.iter().position(|&b| b == b':') else {
        return false;
    };
    let (scheme, rest) = (&s[..colon], &s[colon + 1..]);
    // (`ssm:/team/db-password`: a parameter path from the root.)
    let path = rest
        .strip_prefix(b"//")
        .or_else(|| rest.strip_prefix(b"/"))
        .unwrap_or(rest);
    let words: Vec<&[u8]> = path.split(|&b| b == b'/').collect();
    (2..=20).contains(&scheme.len())
        && scheme.iter().all(u8::is_ascii_lowercase)
        && !matches!(scheme, b"http" | b"https")
        && words.len() >= 2
        && words.iter().all(|w| {
            !w.is_empty()
                && w.first().is_some_and(u8::is_ascii_lowercase)
                && w.iter().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-' | b'.')
                })
        })
}

/// A variable reference rather than a value: `$NAME`, `$(cmd)`, `%NAME%`, `@NAME@`; or a
/// secret manager's reference, resolved when the program runs (1Password `op://vault/item/field`,
/// vals `ref+vault://…`, CloudFormation `{{resolve:secretsmanager:…}}`).
pub fn is_reference(s: &[u8]) -> bool {
    // (Azure App Service's and Functions' Key Vault references: `@Microsoft.KeyVault(…)`;
    // TeamCity's secure values, `credentialsJSON:<uuid>`.)
    // (Bitwarden Secrets Manager's secret ids, `bws://<uuid>`.)
    // (Keeper Secrets Manager's notation, `keeper://<record>/field/password`; PowerShell's
    // environment, `$env:NAME`.)
    // (The system keyring's entry, `keyring:service/user`; Ansible's `!vault` tag; Robot
    // Framework CryptoLibrary's `crypt:…`, decrypted at run time with a key kept elsewhere.)
    // (And the environment read in code, quoted as text: `'process.env.API_KEY'`,
    // `os.environ.API_KEY`.)
    // (Azure Data Factory's and Synapse's expressions, `@pipeline().parameters.x`,
    // `@linkedService().password`; tox's and some runners' `{env:NAME}`.)
    // (altool's and notarytool's own references: `@keychain:AC_PASSWORD`, `@env:AC_PASSWORD`.)
    const MANAGER_REFERENCES: [&[u8]; 23] = [
        b"@keychain:",
        b"@env:",
        b"@pipeline().",
        b"@linkedService().",
        b"@dataset().",
        b"@activity(",
        b"@variables(",
        b"@item().",
        b"{env:",
        b"process.env.",
        b"os.environ",
        b"op://",
        b"keyring:",
        b"!vault",
        b"crypt:",
        b"bws://",
        b"keeper://",
        b"$env:",
        b"ref+",
        b"vault://",
        b"{{resolve:",
        b"@Microsoft.KeyVault(",
        b"credentialsJSON:",
    ];
    if MANAGER_REFERENCES.iter().any(|p| s.starts_with(p)) || is_scheme_path_reference(s) {
        return true;
    }
    // Bank-Vaults' `vault:secret/data/app#key`: a mount, a path and the field to read.
    if let Some(path) = s.strip_prefix(b"vault:") {
        let mount = path
            .iter()
            .take_while(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-')
            })
            .count();
        if mount > 0
            && path.get(mount) == Some(&b'/')
            && path.first().is_some_and(u8::is_ascii_lowercase)
        {
            return true;
        }
    }
    // A secret manager's resource name: Google's `projects/…/secrets/…`, AWS's
    // `arn:aws:secretsmanager:…`.
    if s.starts_with(b"projects/") && contains(s, b"/secrets/")
        || s.starts_with(b"arn:aws:secretsmanager:")
        || (s.starts_with(b"arn:aws:ssm:") && contains(s, b":parameter/"))
    {
        return true;
    }
    // A password manager's item named by its id after a short scheme (`bw:<uuid>`, Bitwarden's).
    if let Some(colon) = s.iter().position(|&b| b == b':') {
        if (2..=8).contains(&colon)
            && s[..colon].iter().all(u8::is_ascii_lowercase)
            && is_uuid(&s[colon + 1..])
        {
            return true;
        }
    }
    let ident =
        |b: &[u8]| !b.is_empty() && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'_');
    // `env:DB_PASSWORD`, `secret:SMTP_PASS`: a variable named in upper case after a source.
    let named_source = [&b"env:"[..], b"secret:", b"secrets:"].iter().any(|p| {
        s.strip_prefix(*p)
            .is_some_and(|rest| ident(rest) && !rest.iter().any(u8::is_ascii_lowercase))
    });
    match s {
        // (`$$NAME`: a `$` escaped for Compose, as CapRover's `$$cap_…` variables are written.)
        [b'$', b'$', rest @ ..] if ident(rest) => true,
        [b'$', rest @ ..] => ident(rest) || rest.first().is_some_and(|c| matches!(c, b'{' | b'(')),
        [b'%', mid @ .., b'%'] | [b'@', mid @ .., b'@'] => {
            // Doubled delimiters too: a build's token filter (`@@API_KEY@@`, `%%DB_PASS%%`).
            let mid = match mid {
                [b'%', inner @ .., b'%'] | [b'@', inner @ .., b'@'] => inner,
                _ => mid,
            };
            ident(mid)
        }
        // Control-M's and Stonebranch's variables (`%%CTM_SFTP_PASSWORD`, `%%UAC_CREDENTIAL`).
        [b'%', b'%', rest @ ..] => ident(rest) && rest[0].is_ascii_alphabetic(),
        // A replace-tokens slot in upper case (`__SECRET__`, `__DB_PASSWORD__`).
        [b'_', b'_', mid @ .., b'_', b'_'] => {
            ident(mid)
                && mid.first().is_some_and(u8::is_ascii_uppercase)
                && !mid.iter().any(u8::is_ascii_lowercase)
        }
        // A user's name and a variable for the password (Yealink's `user_password =
        // admin:$PHONE_ADMIN_PW`).
        _ => {
            named_source
                || s.iter().position(|&b| b == b':').is_some_and(|c| {
                    (1..=32).contains(&c)
                        && s[..c]
                            .iter()
                            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
                        && matches!(s.get(c + 1), Some(b'$' | b'%'))
                        && is_reference(&s[c + 1..])
                })
        }
    }
}

/// A log filter's mask in place of the value: `[FILTERED]` (Rails), `[REDACTED]`, `[MASKED]`,
/// `[hidden]`: one word in square brackets; or words between asterisks; or credentials whose
/// secret half is masked (WeeChat's `user/network:***`).
fn is_bracketed_mask(s: &[u8]) -> bool {
    let words = |mid: &[u8], sep: u8| {
        mid.len() >= 4 && mid.iter().all(|b| b.is_ascii_alphabetic() || *b == sep)
    };
    if let Some(c) = s.iter().rposition(|&b| b == b':') {
        let tail = &s[c + 1..];
        if c > 0 && tail.len() >= 3 && tail.iter().all(|&b| b == b'*') {
            return true;
        }
    }
    // (After a key's prefix too, and in any language: `live_[скрыто]`, `sk_live_[hidden]`.)
    if let Some(open) = s.iter().position(|&b| b == b'[') {
        let (head, rest) = (&s[..open], &s[open + 1..]);
        if let Some(mid) = rest.strip_suffix(b"]") {
            if head.len() <= 16
                && head.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
                && mid.len() >= 4
                && mid
                    .iter()
                    .all(|&b| b.is_ascii_alphabetic() || b >= 0x80 || b == b'_' || b == b' ')
                && mid.iter().any(|&b| b >= 0x80)
            {
                return true;
            }
        }
    }
    // `[REDACTED]`, and Windows System Image Manager's `*SENSITIVE*DATA*DELETED*`.
    matches!(s, [b'[', mid @ .., b']'] if words(mid, b'_'))
        || matches!(s, [b'*', mid @ .., b'*'] if words(mid, b'*') && mid.iter().any(u8::is_ascii_uppercase))
}

/// Does the value hold a template slot: `<your-key>`, `${NAME}`, `{{ secrets.X }}`, `%(name)s`,
/// `$(cmd)`, or open/close one at its ends (`<token`, `…}}`)? The brackets must enclose a
/// name, so that a random value drawn from all printable characters (a WordPress salt:
/// `x<qK8P[x(]y/…`) is not taken for a template.
fn has_template_slot(s: &[u8]) -> bool {
    let name = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b' ' | b':');
    let encloses = |open: &[u8], close: &[u8]| {
        let mut i = 0;
        while let Some(p) = s[i..].windows(open.len()).position(|w| w == open) {
            let start = i + p + open.len();
            let inner = s[start..].iter().take_while(|b| name(b)).count();
            if (1..=60).contains(&inner) && s[start + inner..].starts_with(close) {
                return true;
            }
            i = start;
        }
        false
    };
    // A Python f-string / `str.format` field opening the value: `{db_password}`,
    // `{os.environ['MSSQL_PASSWORD']}`.
    let format_field = s.starts_with(b"{") && {
        let inner = s[1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
            .count();
        // Cut short by the rule (`{os.environ` before `['X']}`): a lowercase dotted name.
        let name = &s[1..1 + inner];
        let cut_name = name
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.'))
            && name.iter().any(|b| matches!(b, b'_' | b'.'));
        inner >= 2
            && match s.get(1 + inner) {
                Some(b'}' | b'[' | b'(') => true,
                None => cut_name,
                _ => false,
            }
    };
    format_field
        || s.starts_with(b"<")
        || s.ends_with(b">")
        || s.starts_with(b"${")
        || s.starts_with(b"{{")
        || s.ends_with(b"}}")
        || s.starts_with(b"$(")
        || s.starts_with(b"%(")
        || encloses(b"<", b">")
        || encloses(b"${", b"}")
        || encloses(b"{{", b"}}")
        // (Concourse's and BOSH's credential-manager variables, `((db-password))`.)
        || (s.starts_with(b"((") && encloses(b"((", b"))"))
        // (A Python format field, `%(name)s`, `%(n)d`, `%(x)r`; not any `%(…)` in a password.)
        || [&b")s"[..], b")d", b")r"].iter().any(|close| encloses(b"%(", close))
        || encloses(b"$(", b")")
}

/// Sequences that only a human typing a placeholder produces: one run of 6 equal characters,
/// or three runs of 4 (`…AAAABBBB…CCCC…`, `____`-padding).
fn has_long_run(s: &[u8]) -> bool {
    let (mut run, mut fours) = (1, 0);
    for w in s.windows(2) {
        if w[0] == w[1] {
            run += 1;
            if run >= 6 {
                return true;
            }
            if run == 4 {
                fours += 1;
                if fours >= 3 {
                    return true;
                }
            }
        } else {
            run = 1;
        }
    }
    false
}

/// Does the value hold a printf-style directive (`%s`, `%d`, `%c`…) that ends there (not a `%XX`
/// URL escape, not `%dg6` inside a random password)? Then it is a format string filled in at
/// run time.
fn has_format_directive(s: &[u8]) -> bool {
    // Format strings put a directive after text or a delimiter (`Bearer %s`, `key=%s&x=%d`,
    // `%s:%s`); a `%` after a symbol such as `#&%q#` is a character of a random password.
    // One directive in a long random value is chance (Django's key alphabet has `%`): a
    // template that long has two or more.
    let opens = |b: &u8| b.is_ascii_alphanumeric() || b" _-.:/=([{'\",".contains(b);
    let directives = s
        .windows(2)
        .enumerate()
        .filter(|(i, w)| {
            w[0] == b'%'
                && matches!(w[1], b's' | b'd' | b'c' | b'v' | b'q' | b'i' | b'x' | b'f')
                && (*i == 0 || opens(&s[i - 1]))
                && !s.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
        })
        .count();
    // A lone directive in a value that is random without it is a character pair of a generated
    // password (`bbk5vEhJIWu%v!3N9S`), not a template.
    let random_without = || {
        let rest: Vec<u8> = s.iter().copied().filter(|&b| b != b'%').collect();
        looks_random(&rest)
    };
    directives >= 2 || (directives == 1 && s.len() < 40 && !random_without())
}

/// The offset of the first `&` in `value` that starts another form field (`&user=`,
/// `&message=`: a name of three or more lowercase letters, digits and `_`, then `=`), when all
/// before it is URL-safe (a random password's `xh&V=` or `+)0_c!prs&d=` is no query).
pub fn next_query_field(value: &[u8]) -> Option<usize> {
    let amp = value.iter().position(|&b| b == b'&')?;
    let before = &value[..amp];
    if before.is_empty()
        || !before
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'-'))
    {
        return None;
    }
    let rest = &value[amp + 1..];
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    (n >= 3 && rest.get(n) == Some(&b'=') && rest[0].is_ascii_lowercase()).then_some(amp)
}

/// Is this value a placeholder (`YOUR_API_KEY_HERE`, `<token>`, `${VAR}`, `xxxx…`, `changeme`,
/// documented example keys such as `AKIAIOSFODNN7EXAMPLE`, runs like `abcdef`/`123456`)?
/// Is the value ending at `end` the id of an `id:secret` pair whose secret is a reference
/// (`Bearer P2QY…:${DESCOPE_MGMT_KEY}`, `-u "0oa…:sm://crm-oidc"`, `%MGMT_KEY%`)? Then the id
/// is what was caught, and the secret is elsewhere.
pub fn pair_secret_is_reference(line: &[u8], end: usize) -> bool {
    if line.get(end) != Some(&b':') {
        return false;
    }
    let rest = &line[end + 1..];
    let len = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\''))
        .unwrap_or(rest.len());
    let rest = &rest[..len];
    !rest.is_empty()
        && (is_reference(rest)
            || has_template_slot(rest)
            || (contains(rest, b"://") && !contains(rest, b"@")))
}

/// Words in capitals joined by `_` (`SET_IN_VAULT`, `REPLACE_WITH_TOKEN`): a constant's name
/// or a note where a value goes, not a password (which has digits or symbols).
fn is_screaming_words(s: &[u8]) -> bool {
    // (Or an installer's token wrapped in underscores, `_DBC_PASS_`, `__DB_PASSWORD__`, that
    // its setup script replaces.)
    let wrapped = s.len() >= 5
        && s.starts_with(b"_")
        && s.ends_with(b"_")
        && s.iter().all(|b| b.is_ascii_uppercase() || *b == b'_')
        && s.iter().filter(|b| b.is_ascii_uppercase()).count() >= 3;
    wrapped
        || s.contains(&b'_')
            && s.split(|&b| b == b'_')
                .all(|w| w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase))
}

/// The next assignment of a shell line where the value was left empty (`TT_PASSWORD=
/// TT_ACCOUNT_ID=5WT82395 python3 …`): a variable's name and `=`.
fn is_next_assignment(s: &[u8]) -> bool {
    let name = s
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    name >= 4
        && s[..name].contains(&b'_')
        && s.get(name) == Some(&b'=')
        && s[0].is_ascii_uppercase()
}

/// An Ably key's name with the secret left out after its colon (`F7LPWz.B608nd:`): it names
/// the key; the secret would follow the colon.
fn is_ably_key_name(s: &[u8]) -> bool {
    let Some(s) = s.strip_suffix(b":") else {
        return false;
    };
    let ok = |w: &[u8]| {
        w.len() == 6
            && w.iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'))
    };
    s.len() == 13 && s[6] == b'.' && ok(&s[..6]) && ok(&s[7..])
}

/// A list of lower-case names (`pbkdf2,md5,sha-256`, `gzip|br|zstd`): the choices a setting
/// takes, not a secret.
pub fn is_name_list(s: &[u8]) -> bool {
    [b'|', b','].iter().any(|&sep| {
        s.contains(&sep)
            && s.split(|&b| b == sep).all(|w| {
                (2..=12).contains(&w.len())
                    && w.iter().any(u8::is_ascii_lowercase)
                    && w.iter()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            })
    })
}

/// Hex digits that spell English words (`deadbeefcafebabe`, `deaf0ff1ced0d0dabbedd1ced1cef00d`,
/// `0` for `o`, `1` for `i` or `l`, `5` for `s`, `7` for `t`): a value typed to look like a key,
/// a placeholder, not one drawn at random.
pub fn is_hexspeak(secret: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"dead",
        b"beef",
        b"cafe",
        b"babe",
        b"face",
        b"feed",
        b"food",
        b"deaf",
        b"office",
        b"dodo",
        b"dabbed",
        b"diced",
        b"iced",
        b"ice",
        b"bad",
        b"bed",
        b"bee",
        b"ace",
        b"add",
        b"added",
        b"fade",
        b"faded",
        b"decade",
        b"facade",
        b"baffled",
        b"code",
        b"coded",
        b"coffee",
        b"fee",
        b"seed",
        b"deed",
        b"bead",
        b"dad",
        b"cab",
        b"abode",
        b"bode",
        b"bade",
        b"cede",
        b"ceded",
        b"decaf",
        b"safe",
        b"sofa",
        b"toe",
        b"foe",
        b"doe",
        b"tea",
        b"sea",
        b"see",
        b"fed",
        b"bold",
        b"cold",
        b"old",
        b"oil",
        b"boiled",
        b"doodle",
        b"aloof",
        b"idea",
        b"ideas",
        b"test",
        b"tested",
        b"dice",
        b"died",
        b"die",
        b"lead",
        b"leaf",
        b"lid",
        b"slid",
        b"sold",
        b"solid",
        b"aside",
        b"fiesta",
        b"false",
        b"oddball",
        b"odd",
        b"blade",
        b"bled",
        b"billed",
        b"filled",
        b"filed",
        b"failed",
        b"fail",
        b"tail",
        b"tile",
        b"toilet",
        b"flea",
        b"flee",
        b"fleece",
        b"best",
        b"beast",
        b"feast",
        b"least",
        b"defaced",
        b"effaced",
        b"bastille",
        b"coast",
        b"toast",
        b"dab",
        b"fab",
        b"cod",
        b"sod",
        b"bob",
        b"boo",
        b"booted",
        b"idle",
        b"isle",
        b"lobe",
        b"lose",
        b"loose",
        b"close",
        b"closed",
        b"abbess",
        b"access",
        b"accede",
        b"ebb",
    ];
    // (Digits that spell no letter rule it out at once: nearly every random hex value has one.)
    if secret
        .iter()
        .any(|b| matches!(b, b'2' | b'3' | b'4' | b'6' | b'8' | b'9'))
    {
        return false;
    }
    // (In groups too: `DEAF0FF1 CED0D0DA …`.)
    let spelled: Vec<u8> = secret.iter().copied().filter(|&b| b != b' ').collect();
    if !(16..=128).contains(&spelled.len()) || !spelled.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let spelled: Vec<u8> = spelled
        .iter()
        .map(|b| match b.to_ascii_lowercase() {
            b'0' => b'o',
            b'5' => b's',
            b'7' => b't',
            other => other,
        })
        .collect();
    // Segment the whole value into words (`1` read as `i` or `l`).
    let n = spelled.len();
    let mut reach = vec![false; n + 1];
    reach[0] = true;
    for at in 0..n {
        if !reach[at] {
            continue;
        }
        for w in WORDS {
            let end = at + w.len();
            if end <= n
                && spelled[at..end]
                    .iter()
                    .zip(w.iter())
                    .all(|(&c, &l)| c == l || (c == b'1' && matches!(l, b'i' | b'l')))
            {
                reach[end] = true;
            }
        }
    }
    reach[n]
}

/// Is the value, whole, one of the published sample keys (see `PUBLISHED_EXAMPLE_KEYS`)? For
/// values no other placeholder test sees: a PEM block's body, a key whose structure checks out.
pub fn is_published_example(secret: &[u8]) -> bool {
    PUBLISHED_EXAMPLE_KEYS
        .iter()
        .any(|k| k.as_bytes() == secret)
}

/// "Your password", "your API key" in the languages config files are written in, run together
/// or joined by `_`/`-` (`VotreMotDePasse`, `tu_contrasena`, `votre_cle_api`, `DeinPasswort`,
/// `sua_senha`, `twoje_haslo`): a slot to fill, as `YOUR_API_KEY` is.
fn is_foreign_your_slot(secret: &[u8]) -> bool {
    const PHRASES: &[&[u8]] = &[
        b"votremotdepasse",
        b"votrecle",
        b"votretoken",
        b"votrejeton",
        b"votresecret",
        b"tucontrasena",
        b"tuclave",
        b"tutoken",
        b"tusecreto",
        b"deinpasswort",
        b"deinkennwort",
        b"deinschluessel",
        b"deintoken",
        b"ihrpasswort",
        b"ihrkennwort",
        b"latuapassword",
        b"tuapassword",
        b"tuachiave",
        b"suasenha",
        b"seutoken",
        b"suachave",
        b"uwwachtwoord",
        b"jouwwachtwoord",
        b"twojehaslo",
        b"twojklucz",
        b"dittlosenord",
    ];
    if secret.len() > 40 {
        return false;
    }
    let folded: Vec<u8> = secret
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    // "Password here" (`senha_aqui`, `motdepasse_ici`, `passwort_hier`, `haslo_tutaj`).
    const HERE: &[&[u8]] = &[
        b"aqui", b"aca", b"ici", b"hier", b"qui", b"tutaj", b"zde", b"burada",
    ];
    const WORDS: &[&[u8]] = &[
        b"senha",
        b"contrasena",
        b"clave",
        b"chave",
        b"motdepasse",
        b"cle",
        b"passwort",
        b"kennwort",
        b"schluessel",
        b"password",
        b"chiave",
        b"haslo",
        b"heslo",
        b"sifre",
        b"wachtwoord",
        b"token",
        b"secret",
        b"apikey",
        b"key",
    ];
    let here = HERE.iter().find_map(|h| folded.strip_suffix(*h));
    if here.is_some_and(|w| WORDS.iter().any(|p| w.ends_with(p))) {
        return true;
    }
    // The word "password" itself in another script (`密码`, `パスワード`, `пароль`).
    const NATIVE: &[&str] = &[
        "密码",
        "密碼",
        "口令",
        "パスワード",
        "비밀번호",
        "пароль",
        "كلمة_المرور",
        "סיסמה",
    ];
    if let Ok(text) = std::str::from_utf8(secret) {
        if NATIVE.contains(&text) {
            return true;
        }
    }
    PHRASES.iter().any(|p| folded.starts_with(p))
}

/// An `unattend.xml` password in Windows' encoding (base64 of UTF-16LE, the password followed by
/// `Password` or `AdministratorPassword`) that holds nothing before that suffix: no password.
fn is_empty_unattend_password(secret: &[u8]) -> bool {
    if !(12..=64).contains(&secret.len()) || !secret.starts_with(b"Q") && !secret.starts_with(b"U")
    {
        return false;
    }
    base64_decode(secret).is_some_and(|raw| {
        raw.len() % 2 == 0
            && raw.chunks(2).all(|c| c[1] == 0)
            && matches!(
                &raw.chunks(2).map(|c| c[0]).collect::<Vec<u8>>()[..],
                b"Password" | b"AdministratorPassword"
            )
    })
}

pub fn is_placeholder(secret: &[u8]) -> bool {
    if is_empty_unattend_password(secret) {
        return true;
    }
    // A word in brackets, URL-encoded (`password=%5BFILTERED%5D`, Rails' filtered parameter).
    if secret.len() > 6
        && secret[..3].eq_ignore_ascii_case(b"%5B")
        && secret[secret.len() - 3..].eq_ignore_ascii_case(b"%5D")
        && secret[3..secret.len() - 3]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return true;
    }
    // Alteryx's reference to a workflow's encrypted `<Passwords>` entry (`PWD=__EncPwd1__`).
    if secret.starts_with(b"__EncPwd") {
        return true;
    }
    // A default PIN: one digit over and over (`0000`) or digits counting up (`1234`, `123456`,
    // `12345678`), what tokens, cards and devices ship with.
    if (4..=16).contains(&secret.len())
        && secret.iter().all(u8::is_ascii_digit)
        && (secret.iter().all(|&b| b == secret[0])
            || secret
                .windows(2)
                .all(|w| w[1] == w[0] + 1 || (w[0] == b'9' && w[1] == b'0')))
    {
        return true;
    }
    if is_reference(secret)
        || is_screaming_words(secret)
        || is_next_assignment(secret)
        || is_foreign_your_slot(secret)
    {
        return true;
    }
    // Base64 of a word (a local Kubernetes Secret's `ZGV2LW9ubHk=`, `dev-only`; `bG9jYWw=`,
    // `local`) or of a placeholder: what it decodes to is judged.
    if (8..=24).contains(&secret.len()) && secret.len().is_multiple_of(4) && secret.ends_with(b"=")
    {
        if let Some(plain) = base64_decode(secret) {
            if plain.len() <= 16
                && (plain
                    .iter()
                    .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_'))
                    || (plain.iter().all(|b| b.is_ascii_graphic()) && is_placeholder(&plain)))
            {
                return true;
            }
        }
    }
    if is_counting_bytes(secret) || is_hexspeak(secret) {
        return true;
    }
    // Counting bytes in base64 (`AAECAwQFBgcICQoLDA0ODw==`, bytes 00 to 0f): a specification's
    // example key.
    if (22..=64).contains(&secret.len())
        && secret.starts_with(b"AA")
        && base64_decode(secret).is_some_and(|plain| counting_bytes(&plain))
    {
        return true;
    }
    // Nx Cloud's read-only access token (base64 of `<uuid>|read-only`), made to be committed
    // in `nx.json`.
    if (40..=64).contains(&secret.len()) && secret.ends_with(b"=") {
        if let Some(plain) = base64_decode(secret) {
            if plain.ends_with(b"|read-only") {
                return true;
            }
        }
    }
    // A key for a host with its value left out (Develocity's `DEVELOCITY_ACCESS_KEY=
    // ge.example.com=<your-key>`, `…=` empty): the key is the part after the host.
    if let Some(eq) = secret.iter().position(|&b| b == b'=') {
        let (host, key) = (&secret[..eq], &secret[eq + 1..]);
        if host.contains(&b'.')
            && host
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
            && (key.is_empty() || is_placeholder(key))
        {
            return true;
        }
    }
    // A word between stars or hashes where a value is masked (`***hidden***`, `**removed**`,
    // `###REMOVED###`).
    let mark = match secret.first() {
        Some(&m @ (b'*' | b'#')) => m,
        _ => b'*',
    };
    let lead = secret.iter().take_while(|&&b| b == mark).count();
    let trail = secret.iter().rev().take_while(|&&b| b == mark).count();
    if lead >= 2
        && trail >= 2
        && lead + trail < secret.len()
        && secret[lead..secret.len() - trail]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || *b == b' ')
    {
        return true;
    }
    // A word in brackets where an export leaves a value out (`(hidden)`, `[redacted]`).
    if let [open @ (b'(' | b'['), inner @ .., close @ (b')' | b']')] = secret {
        if (*open == b'(') == (*close == b')')
            && !inner.is_empty()
            && inner
                .iter()
                .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'_'))
        {
            return true;
        }
    }
    // A placeholder in angle brackets, escaped for HTML or a URL (`&lt;db-password&gt;`,
    // `%3C%3Cclient_secret%3E%3E`), or an Octopus Deploy variable (`#{API_KEY}#`, `#{x}`).
    let lower = secret.to_ascii_lowercase();
    if (lower.starts_with(b"&lt;") && lower.ends_with(b"&gt;"))
        || (lower.starts_with(b"%3c") && lower.ends_with(b"%3e"))
        || (secret.starts_with(b"#{")
            && (secret.ends_with(b"}#") || secret.ends_with(b"}") || !secret.contains(&b'}')))
    {
        return true;
    }
    // Stars, URL-encoded (`redis://:%2A%2A%2A%2A@…`, `api_secret=%2A%2A%2A%2A`): masked.
    if secret
        .windows(9)
        .any(|w| w.eq_ignore_ascii_case(b"%2a%2a%2a"))
    {
        return true;
    }
    // (Or the part of one that a provider's rule takes for the secret: the body of X's bearer
    // token after its run of `A`s; or a URL that ends in one as its last parameter's value: a
    // Logic Apps callback URL's `sig=`.)
    let ends_url_with = |k: &[u8]| {
        k.len() >= 32
            && secret.len() > k.len()
            && secret.ends_with(k)
            && secret[secret.len() - k.len() - 1] == b'='
    };
    if PUBLISHED_EXAMPLE_KEYS.iter().any(|k| {
        k.as_bytes() == secret
            || (secret.len() >= 32 && k.as_bytes().ends_with(secret))
            || ends_url_with(k.as_bytes())
    }) || (matches!(secret.len(), 64 | 66) && super::crypto_keys::is_published(secret))
        || super::crypto_keys::is_published_test_vector_key(secret)
    {
        return true;
    }
    // A connection string to Azurite, the Azure Storage emulator (its account and key are
    // published).
    if contains(secret, b"AccountName=devstoreaccount1") {
        return true;
    }
    // An upper-case word that names the secret it stands for (`VNCPASS`, `DBPASSWORD`).
    let names_itself = secret.len() <= 24
        && secret.iter().all(|b| b.is_ascii_uppercase() || *b == b'_')
        && [
            &b"PASS"[..],
            b"PASSWORD",
            b"PASSWD",
            b"PWD",
            b"SECRET",
            b"TOKEN",
        ]
        .iter()
        .any(|w| secret.ends_with(w));
    if names_itself
        || has_placeholder_word(secret)
        || encodes_placeholder_text(secret)
        || is_my_slot_name(&lower)
    {
        return true;
    }
    if has_template_slot(secret) || is_bracketed_mask(secret) {
        return true;
    }
    // A connection URI is judged by its password (`postgres://app:***@db…`).
    let password = uri_password(secret);
    if password.len() < secret.len()
        && (password.iter().all(|b| !b.is_ascii_alphanumeric()) || is_placeholder(password))
    {
        return true;
    }
    // A masked or shortened value (`ub9p...t8oC`, `sk-…Qx`, `••••••••ple5` as dashboards and
    // CI logs show them): the real one is elsewhere.
    if [
        &b"..."[..],
        "\u{2026}".as_bytes(),
        "\u{2022}".as_bytes(),
        "\u{25cf}".as_bytes(),
        // (The same, escaped in JSON.)
        b"\\u2022",
        b"\\u25cf",
    ]
    .iter()
    .any(|m| secret.windows(m.len()).any(|w| w == *m))
    {
        return true;
    }
    // (Base64 of a gzip stream starts `H4sIAAAAAAAA`, its header's zero time and flags: a
    // compressed token's, Starling Bank's, is random after it.)
    // (Base32's padding is up to six `=`: a PRTG API key ends `…RW======`.)
    let unpadded = match secret.iter().rev().take_while(|&&b| b == b'=').count() {
        pad @ 1..=6 if secret.len() >= 16 + pad => &secret[..secret.len() - pad],
        _ => secret,
    };
    let unzipped: std::borrow::Cow<[u8]> = match find(unpadded, b"H4sIAAAAAAAA") {
        Some(at) => [&unpadded[..at], &unpadded[at + 12..]].concat().into(),
        None => unpadded.into(),
    };
    if has_long_run(&unzipped) || has_sequence(secret) || has_format_directive(secret) {
        return true;
    }
    // Very few distinct characters for its length: `aaaabbbbccccdddd`, `0000-1111-…`.
    (secret.len() >= 16 && distinct(secret) < 7) || repeats_a_unit(secret)
}

/// Is the value's last part (after its prefix's last `-` or `_`) a short unit said three times
/// or more (`sk-or-v1-abc123abc123abc123`, `key_1a2b1a2b1a2b1a2b`)? Typed as a filler, not drawn.
fn repeats_a_unit(s: &[u8]) -> bool {
    let tail = match s.iter().rposition(|&b| b == b'-' || b == b'_') {
        Some(at) => &s[at + 1..],
        None => s,
    };
    tail.len() >= 12
        && (2..=8).any(|unit| {
            tail.len() >= unit * 3 && tail.iter().enumerate().all(|(i, &b)| b == tail[i % unit])
        })
}

/// `my-api-token`, `my_secret`, `mytoken`: the slot's name with "my" in front, which
/// documentation writes where the reader's own value goes.
fn is_my_slot_name(lower: &[u8]) -> bool {
    lower.starts_with(b"my")
        && lower.len() >= 6
        && lower
            .iter()
            .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_'))
        && names_itself(lower)
}

/// How many different bytes `s` holds.
pub fn distinct(s: &[u8]) -> usize {
    let mut seen = [false; 256];
    for &b in s {
        seen[b as usize] = true;
    }
    seen.iter().filter(|&&s| s).count()
}

/// log2(P(pair in English words of source code) / P(pair at random)) × 16, for every pair of
/// lowercase letters (`a a`, `a b`, … `z z`). Measured on the 85k distinct words (camelCase
/// split, 3-15 letters) of the Python standard library's code and docs, add-½ smoothing,
/// clamped to ±8 bits.
#[rustfmt::skip]
const BIGRAM_LOG_RATIO: [i8; 676] = [
    6, 25, 29, 25, -8, -11, 14, -25, 10, -43, -2, 40, 27, 41, -45, 18, -41, 45, 30, 46, 5, -6, -15, -9, 0, -34,
    17, -6, -5, -19, 13, -14, -43, -44, 12, -23, -47, 19, -28, -38, 7, -31, -51, 0, -1, -30, 0, -51, -47, -62, -14, -52,
    28, -19, 0, -4, 25, -17, -38, 27, 8, -55, 17, 12, -12, -30, 41, -20, -55, 9, -3, 25, 4, -36, -46, -55, -17, -52,
    20, -8, -7, 6, 43, -4, -22, -36, 30, -45, -43, -5, -21, -24, 14, -18, -48, -2, 6, -10, -5, -31, -35, -42, -25, -56,
    27, -1, 32, 39, 12, 19, 8, -16, 1, -45, -20, 31, 19, 46, -2, 13, -5, 54, 47, 40, -15, 6, 0, 27, -5, -38,
    8, -22, -15, -13, 5, 13, -31, -52, 26, -58, -62, 1, -33, -30, 13, -29, -61, 3, -12, -8, -3, -47, -54, -52, -32, -58,
    -2, -40, -30, -34, 32, -39, -19, -4, 1, -71, -56, -7, -27, -10, -8, -34, -73, 10, 3, -22, -10, -50, -42, -59, -42, -52,
    21, -41, -36, -33, 22, -43, -53, -44, 10, -68, -44, -32, -29, -38, 13, -40, -72, -17, -23, -6, -23, -55, -48, -66, -26, -62,
    13, 3, 29, 18, 13, 5, 17, -33, -31, -36, -23, 26, 21, 59, 27, 7, -42, 12, 35, 35, -36, 5, -54, -14, -59, 3,
    -27, -57, -57, -54, -21, -64, -60, -63, -39, -44, -48, -60, -64, -58, -25, -58, -77, -60, -34, -65, -30, -68, -51, -69, -54, -77,
    -10, -45, -36, -37, 15, -43, -45, -44, -4, -60, -53, -22, -41, -35, -21, -38, -64, -35, -10, -30, -33, -57, -39, -67, -40, -68,
    31, -26, -12, 5, 47, -21, -33, -37, 40, -55, -33, 25, -23, -26, 32, -12, -64, -26, 10, 7, 7, -25, -43, -53, 9, -59,
    36, -4, -31, -20, 34, -32, -40, -51, 17, -68, -44, -13, -5, -31, 17, 23, -58, -36, 2, -20, -5, -43, -47, -56, -14, -59,
    26, -19, 22, 32, 34, 3, 38, -31, 18, -43, -9, -11, -21, -4, 25, -11, -54, -19, 30, 40, 4, 3, -34, -50, -24, -43,
    -7, 4, 16, 20, -16, -3, 3, -27, -6, -43, -11, 26, 22, 47, 10, 19, -62, 40, 19, 19, 23, -2, 11, -21, -41, -51,
    28, -39, -15, -13, 28, -25, -40, -5, 7, -62, -42, 20, -30, -31, 20, 2, -55, 27, 3, 8, -6, -34, -34, -63, -5, -64,
    -52, -63, -58, -52, -48, -59, -72, -69, -60, -78, -72, -40, -66, -61, -73, -59, -49, -42, -39, -48, 5, -61, -62, -72, -69, -76,
    39, -16, 8, 6, 51, -13, 3, -37, 37, -61, -10, -3, 10, -3, 34, -7, -53, 12, 24, 22, 1, -17, -28, -51, -4, -53,
    14, -25, 18, -14, 42, -14, -25, 16, 29, -54, -11, 1, -11, -19, 17, 15, -21, -20, 24, 48, 19, -28, -19, -46, -1, -49,
    38, -16, 8, -6, 50, -7, -30, 24, 44, -58, -35, -1, -7, -16, 31, -1, -41, 36, 22, 13, 5, -25, -20, -37, 11, -28,
    -3, 6, -6, -12, 2, -15, -17, -43, -2, -65, -43, 15, 11, 29, -28, 8, -71, 18, 17, 19, -49, -47, -58, -42, -65, -55,
    16, -44, -34, -47, 26, -41, -50, -51, 7, -68, -66, -42, -41, -48, -23, -38, -70, -39, -24, -36, -57, -60, -49, -64, -50, -61,
    3, -49, -36, -39, 0, -45, -52, -26, 5, -71, -53, -37, -44, -20, -12, -38, -72, -12, -13, -41, -59, -53, -57, -51, -68, -71,
    -13, -37, -19, -37, -15, -29, -63, -49, -18, -74, -64, -42, -27, -51, -42, -5, -71, -45, -38, 5, -55, -56, -58, -15, -35, -58,
    -13, -36, -27, -31, -15, -41, -43, -55, -23, -64, -62, -21, -13, -19, -28, 2, -67, -36, -5, -12, -38, -47, -45, -51, -43, -44,
    -24, -66, -51, -52, 5, -58, -64, -55, -23, -73, -64, -50, -56, -64, -36, -56, -64, -62, -57, -50, -55, -73, -64, -55, -54, -45,
];

/// Mean log-likelihood ratio (bits per letter pair) that a run of letters is an English word
/// rather than random letters. Words of code score around +2; random runs around -1.5.
pub fn word_score(run: &[u8]) -> f64 {
    let pairs = run.len().saturating_sub(1);
    if pairs == 0 {
        return 0.0;
    }
    let sum: i32 = run
        .windows(2)
        .map(|w| {
            let a = (w[0].to_ascii_lowercase().wrapping_sub(b'a')) as usize;
            let b = (w[1].to_ascii_lowercase().wrapping_sub(b'a')) as usize;
            if a < 26 && b < 26 {
                BIGRAM_LOG_RATIO[a * 26 + b] as i32
            } else {
                -128
            }
        })
        .sum();
    sum as f64 / 16.0 / pairs as f64
}

/// Fraction of letters that sit in word-like runs: alphabetic runs of 4+ letters (split at
/// `camelCase` boundaries, digits and punctuation) whose letter pairs are likelier English than
/// random (see [`word_score`]). Identifiers, prose and
/// paths are mostly such words; random keys switch case and class every couple of characters.
pub fn wordiness(s: &[u8]) -> f64 {
    let mut letters = 0usize;
    let mut in_words = 0usize;
    let mut run_start = 0usize;
    let flush = |start: usize, end: usize, in_words: &mut usize| {
        let run = &s[start..end];
        // Threshold measured on held-out words: 6-8 letter words score >= 0.3 bits 80-93% of
        // the time, random runs 4-8% of the time.
        if run.len() >= 4 && word_score(run) >= 0.3 {
            *in_words += run.len();
        }
    };
    for i in 0..s.len() {
        let b = s[i];
        if !b.is_ascii_alphabetic() {
            flush(run_start, i, &mut in_words);
            run_start = i + 1;
            continue;
        }
        letters += 1;
        // A new word starts at an upper-case letter after a lower-case one (`camelCase`), and
        // at the last capital of an acronym before lower case (`DBProxy` → `DB`, `Proxy`).
        if i > run_start && b.is_ascii_uppercase() && s[i - 1].is_ascii_lowercase() {
            flush(run_start, i, &mut in_words);
            run_start = i;
        } else if i >= run_start + 2
            && b.is_ascii_lowercase()
            && s[i - 1].is_ascii_uppercase()
            && s[i - 2].is_ascii_uppercase()
        {
            flush(run_start, i - 1, &mut in_words);
            run_start = i - 1;
        }
    }
    flush(run_start, s.len(), &mut in_words);
    if letters == 0 {
        0.0
    } else {
        in_words as f64 / letters as f64
    }
}

/// An e-mail address (`oskar@mirafleet.com`): what anonymous FTP takes as the password in
/// `.netrc`, a login, a contact; not a generated secret.
pub fn is_email(s: &[u8]) -> bool {
    let Some(at) = s.iter().position(|&b| b == b'@') else {
        return false;
    };
    let (local, domain) = (&s[..at], &s[at + 1..]);
    !local.is_empty()
        && local
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
        && domain.contains(&b'.')
        && !domain.ends_with(b".")
        && domain
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'-'))
        && domain
            .rsplit(|&b| b == b'.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.iter().all(u8::is_ascii_lowercase))
}

/// The name a value is assigned to on its line (`TWILIO_TRACE_ID = "…"`, `trace_id: "…"`), if
/// the value follows `name = `, `name: ` or `"name": ` directly.
pub fn assigned_name(line: &[u8], start: usize) -> Option<&[u8]> {
    let mut i = start;
    let skip = |i: &mut usize, set: &[u8]| {
        while *i > 0 && set.contains(&line[*i - 1]) {
            *i -= 1;
        }
    };
    skip(&mut i, b"\"'` \t\\");
    if i == 0 || !matches!(line[i - 1], b'=' | b':') {
        return None;
    }
    i -= 1;
    skip(&mut i, b":= \t\"'`\\");
    let end = i;
    while i > 0
        && (line[i - 1].is_ascii_alphanumeric() || matches!(line[i - 1], b'_' | b'-' | b'.'))
    {
        i -= 1;
    }
    (end > i).then(|| &line[i..end])
}

/// Is `name` the key of a key/secret pair whose secret is named on the lines around line `i`
/// (`LASTFM_API_KEY` beside `LASTFM_API_SECRET`, `access_key` beside `secret_key`)? Such a key
/// says who calls (Last.fm's, Podcast Index's, ACRCloud's, S3's access key): the secret signs.
pub fn is_key_half_of_pair(name: &[u8], lines: &[&[u8]], i: usize) -> bool {
    const WINDOW: usize = 8;
    const PAIRS: &[(&[u8], &[&[u8]])] = &[
        (b"apikey", &[b"apisecret", b"sharedsecret"]),
        (
            b"accesskey",
            &[
                b"secretkey",
                b"accesssecret",
                b"secretaccesskey",
                b"appsecret",
            ],
        ),
        (b"appkey", &[b"appsecret"]),
        // GameAnalytics: a game key and its secret key.
        (b"gamekey", &[b"gamesecret", b"secretkey"]),
        // A video SDK's key and secret (Zoom's Meeting SDK).
        (b"sdkkey", &[b"sdksecret"]),
        // A bare `key` beside a bare `secret` of the same block (an S3 disk's or s3fs'
        // `key=`/`secret=`).
        (b"key", &[]),
    ];
    // Partners specific enough to pair without the key's prefix (`ZOOM_SDK_KEY` beside
    // `SDK_SECRET`, 100ms' `HMS_ACCESS_KEY` beside `app_secret`); not `secret_key`, which
    // is also Django's own.
    const BARE: &[(&[u8], &[&[u8]])] = &[
        (b"apikey", &[b"apisecret"]),
        (b"accesskey", &[b"accesssecret", b"appsecret"]),
        (b"appkey", &[b"appsecret"]),
        (b"sdkkey", &[b"sdksecret"]),
    ];
    let flat = |s: &[u8]| -> Vec<u8> {
        s.iter()
            .filter(|b| b.is_ascii_alphanumeric())
            .map(u8::to_ascii_lowercase)
            .collect()
    };
    let name = flat(name);
    let Some((kind, partners)) = PAIRS.iter().find(|(k, _)| name.ends_with(k)) else {
        return false;
    };
    let prefix = &name[..name.len() - kind.len()];
    // (A bare `secret` pairs only under the same provider's name: `ACR_ACCESS_KEY`,
    // `ACR_SECRET`; beside a bare `API_KEY`, Django's `SECRET_KEY` is another thing.)
    let bare_secret = (!prefix.is_empty()).then_some(&b"secret"[..]);
    let wanted: Vec<Vec<u8>> = partners
        .iter()
        .copied()
        .chain(bare_secret)
        .map(|p| [prefix, p].concat())
        .collect();
    let bare: &[&[u8]] = if prefix.is_empty() {
        &[]
    } else {
        BARE.iter().find(|(k, _)| k == kind).map_or(&[], |b| b.1)
    };
    // The names assigned on a line (`export X=…`, `x: …`, `Environment=X=…`), the name a list
    // of name/value pairs gives (`- name: LIVEKIT_API_SECRET`) and the environment variables a
    // line reads (`sdkSigKey: '${ZOOM_MEETING_SDK_SECRET}'`).
    let names = |line: &'_ [u8]| -> Vec<Vec<u8>> {
        let mut found: Vec<Vec<u8>> = line
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'=' | b':'))
            .take(3)
            .filter_map(|(p, _)| assigned_name(line, p + 1).map(flat))
            .collect();
        // (Only a list item's: a Kubernetes object's own `name: ark-secret` pairs nothing.)
        let t = line.trim_ascii();
        if let Some(v) = t
            .strip_prefix(b"- ")
            .and_then(|t| t.trim_ascii_start().strip_prefix(b"name:"))
        {
            found.push(flat(v));
        }
        found.extend(
            line.split(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
                .filter(|w| {
                    w.len() >= 6
                        && w.contains(&b'_')
                        && w[0].is_ascii_uppercase()
                        && !w.iter().any(u8::is_ascii_lowercase)
                })
                .map(flat),
        );
        found
    };
    // (The line itself too: a log line's `KEY=… SECRET=****`.)
    let lo = i.saturating_sub(WINDOW);
    let hi = (i + WINDOW + 1).min(lines.len());
    if *kind == b"key" {
        let indent = |l: &[u8]| l.len() - l.trim_ascii_start().len();
        let own = indent(lines[i]);
        // (Of the same block: no line between them is indented less.)
        let same_block = |k: usize| {
            indent(lines[k]) == own
                && lines[k.min(i) + 1..k.max(i)]
                    .iter()
                    .all(|l| l.trim_ascii().is_empty() || indent(l) >= own)
        };
        // (Not a `secret` set from the key itself: `secret = $Key`, `SECRET=${KEY#*:}`.)
        let from_the_key = |l: &[u8]| {
            let at = l.len() - l.trim_ascii_start().len() + 6;
            contains_ignore_case(&l[at.min(l.len())..], b"key")
        };
        return prefix.is_empty()
            && (i.saturating_sub(3)..(i + 4).min(lines.len())).any(|k| {
                k != i
                    && same_block(k)
                    && names(lines[k]).iter().any(|n| n == b"secret")
                    && !from_the_key(lines[k])
            });
    }
    (lo..hi).any(|k| {
        names(lines[k]).iter().any(|n| {
            *n != name && (wanted.iter().any(|w| n.ends_with(w)) || bare.iter().any(|b| n == b))
        })
    })
}

/// A version (`13.0.0-next-8.29`, `2.7.1`): a lockfile's or a manifest's, not a key.
pub fn is_version(s: &[u8]) -> bool {
    let number = |from: usize| {
        s.get(from..)
            .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
    };
    let major = number(0);
    if !(1..=4).contains(&major) || s.get(major) != Some(&b'.') {
        return false;
    }
    let minor = number(major + 1);
    (1..=4).contains(&minor)
        && s.get(major + 1 + minor) == Some(&b'.')
        && number(major + minor + 2) >= 1
}

/// A UUID (`8-4-4-4-12` hex): an identifier (lock tokens, credential ids), not a key.
/// A value without a data-region suffix (Pendo's integration keys, `<uuid>.eu`): `.` and two
/// to four lower-case letters.
pub fn without_region(s: &[u8]) -> &[u8] {
    match s.iter().rposition(|&b| b == b'.') {
        Some(dot)
            if (2..=4).contains(&(s.len() - dot - 1))
                && s[dot + 1..].iter().all(u8::is_ascii_lowercase) =>
        {
            &s[..dot]
        }
        _ => s,
    }
}

pub fn is_uuid(s: &[u8]) -> bool {
    s.len() == 36
        && s.iter().enumerate().all(|(i, &b)| match i {
            8 | 13 | 18 | 23 => b == b'-',
            _ => b.is_ascii_hexdigit(),
        })
}

/// Does the name say it holds a credential outright: does it end in `token`, `secret`,
/// `password`, `api_key`, `access_key`, `auth`, `cred(ential)`, `_pat`, a server's, admin's,
/// master or private key, a bearer (`consul_http_token`,
/// `X-Octopus-ApiKey`, `X_AUTH`)? A bare `key` does not (list, cache and row keys are often
/// UUIDs), nor a name that goes on after the word (`secretsmanager`), nor AWS's request, lock
/// and change tokens (idempotency and concurrency UUIDs: `ClientRequestToken`, `LockToken`).
pub fn names_credential(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    let end = lower
        .iter()
        .rposition(|b| b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let stem = &lower[..end];
    let stem = stem.strip_suffix(b"s").unwrap_or(stem);
    const WORDS: [&[u8]; 39] = [
        b"token",
        // Fronius Solar.web's `AccessKeyValue` (a UUID), the secret beside its `AccessKeyId`.
        b"accesskeyvalue",
        b"access_key_value",
        b"access-key-value",
        b"bearer",
        // Applied Epic's SDK `AuthenticationKey` (a GUID).
        b"authenticationkey",
        b"authentication_key",
        b"authentication.key",
        b"authentication-key",
        b"serverkey",
        b"server_key",
        b"adminkey",
        b"admin_key",
        b"masterkey",
        b"master_key",
        b"privatekey",
        b"private_key",
        b"secret",
        b"password",
        b"passwd",
        b"pass",
        b"pwd",
        b"apikey",
        b"api_key",
        b"api-key",
        b"api.key",
        b"authkey",
        b"auth_key",
        b"auth.key",
        b"accesskey",
        b"access_key",
        b"access-key",
        b"access.key",
        b"secretkey",
        b"secret_key",
        b"auth",
        b"credential",
        b"cred",
        b"_pat",
    ];
    // (An application token that is a UUID names the application, as Marqeta's does: the
    // access token beside it is the secret.)
    const NOT: [&[u8]; 10] = [
        b"request",
        b"lock",
        b"change",
        b"lifecycle",
        b"client_token",
        b"client-token",
        b"clienttoken",
        b"application_token",
        b"application-token",
        b"applicationtoken",
    ];
    (WORDS.iter().any(|w| stem.ends_with(w)) || stem == b"pat")
        && !NOT.iter().any(|w| contains(stem, w))
}

/// The password of a `scheme://user:password@host` payload (a documentation host such as
/// `example.net` does not make its password a placeholder); any other payload whole.
pub fn uri_password(p: &[u8]) -> &[u8] {
    let Some(at) = find(p, b"://") else {
        return p;
    };
    let rest = &p[at + 3..];
    let auth_end = rest
        .iter()
        .position(|&b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..auth_end];
    match authority.iter().rposition(|&b| b == b'@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.iter().position(|&b| b == b':') {
                Some(colon) => &userinfo[colon + 1..],
                None => p,
            }
        }
        None => p,
    }
}

/// A CI cache key (`Linux-node-<sha256 of the lockfile>`, from `${{ runner.os }}-node-${{
/// hashFiles(…) }}`): the runner's OS, words, then a digest.
fn is_cache_key(s: &[u8]) -> bool {
    let (Some(os), Some(digest)) = (
        s.split(|&b| b == b'-').next(),
        s.rsplit(|&b| b == b'-').next(),
    ) else {
        return false;
    };
    const OSES: [&[u8]; 5] = [b"linux", b"windows", b"macos", b"darwin", b"ubuntu"];
    OSES.iter().any(|o| os.eq_ignore_ascii_case(o))
        && digest.len() >= 40
        && digest.iter().all(u8::is_ascii_hexdigit)
}

/// A password hash in a stored format (crypt `$id$`, bcrypt, argon2, scrypt, PBKDF2 as Django
/// and Werkzeug write it, PostgreSQL's SCRAM verifier, LDAP `{SSHA}`): what a system keeps
/// instead of the password, not the password. (`{PLAIN}` is the password itself.)
/// A certificate's or key's fingerprint written as colon-separated hex bytes (16, 20 or 32 of
/// them: MD5, SHA-1, SHA-256), as `openssl x509 -fingerprint` and certificate inventories show it.
/// A token of a challenge-response handshake, made for one connection: NTLM's messages
/// (`NTLMSSP` in base64, `TlRMTVNTUA…`) and SPNEGO/Kerberos tokens after `Negotiate`; SCRAM's
/// client messages (`n,,n=user,r=nonce`, `c=biws,r=…,p=proof`) as XMPP's `<auth>` sends
/// them. `before` is the line up to the value.
pub fn is_handshake_token(before: &[u8], value: &[u8]) -> bool {
    let scheme = before.trim_ascii_end();
    let scheme = scheme
        .strip_suffix(b"\"")
        .unwrap_or(scheme)
        .trim_ascii_end();
    let ends_with = |w: &[u8]| {
        scheme.len() >= w.len() && scheme[scheme.len() - w.len()..].eq_ignore_ascii_case(w)
    };
    if value.starts_with(b"TlRMTVNTUA") || ends_with(b"negotiate") || ends_with(b"ntlm") {
        return true;
    }
    (contains(before, b"mechanism='SCRAM-") || contains(before, b"mechanism=\"SCRAM-"))
        || (contains(before, b"<response") && contains(before, b"xmpp-sasl"))
            && base64_decode(value).is_some_and(|t| t.starts_with(b"c=") && contains(&t, b",p="))
}

pub fn is_colon_hex_fingerprint(s: &[u8]) -> bool {
    matches!(s.len() + 1, 48 | 60 | 96)
        && s.iter().enumerate().all(|(i, b)| match i % 3 {
            2 => *b == b':',
            _ => b.is_ascii_hexdigit(),
        })
}

pub fn is_password_hash(s: &[u8]) -> bool {
    const PREFIXES: &[&[u8]] = &[
        b"$1$",
        // phpass's portable hashes (WordPress `$P$`, phpBB `$H$`) and WordPress 6.8's bcrypt.
        b"$P$",
        b"$H$",
        b"$wp$",
        // Apache's MD5 (`htpasswd -m`) and the SHA-crypt forms Dovecot writes.
        b"$apr1$",
        b"{MD5-CRYPT}",
        b"{SHA256-CRYPT}",
        b"{SHA512-CRYPT}",
        b"$2a$",
        b"$2b$",
        b"$2x$",
        b"$2y$",
        b"$5$",
        b"$6$",
        b"$7$",
        b"$y$",
        b"$gy$",
        b"$argon2",
        b"$scrypt$",
        b"$pbkdf2",
        b"pbkdf2_sha",
        b"pbkdf2:sha",
        b"pbkdf2$",
        b"argon2$",
        b"bcrypt$",
        b"bcrypt_sha256$",
        // Gerrit's hashed HTTP passwords (`bcrypt0:<cost>:<salt>:<hash>`).
        b"bcrypt0:",
        b"scrypt$",
        b"SCRAM-SHA-",
        b"{SSHA",
        b"{SHA",
        b"{SMD5}",
        b"{CRYPT}",
        b"{PBKDF2",
        b"{ARGON2",
        b"{BLF-CRYPT}",
        // CouchDB's `[admins]` once the server has hashed them.
        b"-pbkdf2",
        // GeoServer's digest password encoder (`crypt1:`/`crypt2:` are reversible, not hashes).
        b"digest1:",
        // Rspamd's controller passwords once `rspamadm pw` has hashed them (catena, `$2$`).
        b"$2$",
        // Jetty's realm files (Rundeck's `realm.properties`): `BCRYPT:$2a$…`, `CRYPT:…`.
        b"BCRYPT:$2",
        b"CRYPT:",
    ];
    // MySQL's `mysql_native_password` (`*` and 40 hex), PostgreSQL's md5 (`md5` and 32 hex),
    // Jupyter's `passwd()` output (`sha1:<salt>:<hex>`, `argon2:$argon2id$…`).
    let all_hex = |h: &[u8]| h.iter().all(u8::is_ascii_hexdigit);
    let jupyter = || {
        let mut parts = s.split(|&b| b == b':');
        matches!(parts.next(), Some(b"sha1" | b"sha256" | b"sha512" | b"md5"))
            && parts
                .next()
                .is_some_and(|salt| salt.len() >= 8 && all_hex(salt))
            && parts.next().is_some_and(|h| h.len() >= 32 && all_hex(h))
            && parts.next().is_none()
    };
    // PBKDF2 as `<digest>:<iterations>:<salt>:<hash>` (a Qt app's `1\pbkdf2=sha256:100000:…`).
    let pbkdf2 = || {
        let mut parts = s.split(|&b| b == b':');
        matches!(parts.next(), Some(b"sha1" | b"sha256" | b"sha512"))
            && parts
                .next()
                .is_some_and(|n| n.len() >= 4 && n.iter().all(u8::is_ascii_digit))
            && parts.next().is_some_and(|salt| salt.len() >= 8)
            && parts.next().is_some_and(|h| h.len() >= 16)
            && parts.next().is_none()
    };
    s.strip_prefix(b"*").is_some_and(|h| h.len() == 40 && all_hex(h))
        || pbkdf2()
        || s.strip_prefix(b"md5").is_some_and(|h| h.len() == 32 && all_hex(h))
        || s.strip_prefix(b"MD5:").is_some_and(|h| h.len() == 32 && all_hex(h))
        || s.strip_prefix(b"argon2:").is_some_and(|h| h.starts_with(b"$argon2"))
        || jupyter()
        || s.len() >= 20 && PREFIXES.iter().any(|p| s.starts_with(p))
        // Bacula's and Bareos' console and director passwords once hashed (`[md5]` and hex).
        || s.strip_prefix(b"[md5]").is_some_and(|h| h.len() == 32 && h.iter().all(u8::is_ascii_hexdigit))
        || is_sql_server_hash(s)
        || is_tomcat_digest(s)
        || is_transmission_hash(s)
        || is_znc_hash(s)
}

/// ZNC's stored password (`sha256#<hash>#<salt>#`, `md5#…#…#`, as `znc --makepass` writes it;
/// its salt's punctuation may end the value early).
fn is_znc_hash(s: &[u8]) -> bool {
    let mut parts = s.splitn(3, |&b| b == b'#');
    let hex = |h: &[u8], n: usize| h.len() == n && h.iter().all(u8::is_ascii_hexdigit);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(b"sha256"), Some(h), Some(_)) => hex(h, 64),
        (Some(b"md5"), Some(h), Some(_)) => hex(h, 32),
        _ => false,
    }
}

/// The `token` of a Mailgun webhook's `signature` object (`{"timestamp", "token", "signature"}`,
/// 50 hex digits): a random nonce the receiver hashes with the signing key, not a key. Or the
/// `token` of ImageKit's client-upload authentication parameters (`{"token": <uuid>, "expire",
/// "signature"}`): a one-time nonce signed with the private key.
pub fn is_webhook_signature_token(name: &[u8], value: &[u8], lines: &[&[u8]], i: usize) -> bool {
    let hex50 = value.len() == 50
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b));
    if !name.eq_ignore_ascii_case(b"token") || !(hex50 || is_uuid(value)) {
        return false;
    }
    let near = &lines[i.saturating_sub(3)..(i + 4).min(lines.len())];
    near.iter()
        .any(|l| contains(l, b"\"signature\"") || contains(l, b"'signature'"))
        && near
            .iter()
            .any(|l| contains(l, if hex50 { b"timestamp" } else { b"expire" }))
}

/// Base64 of `htpasswd` lines (`admin:$2y$12$…` and a newline), as an ingress-nginx basic-auth
/// Secret's `auth` holds them: user names and password hashes, no password.
pub fn encodes_password_hashes(s: &[u8]) -> bool {
    if s.len() < 24 {
        return false;
    }
    let Some(text) = decode_padded_base64(s) else {
        return false;
    };
    // (One hash alone: Gatus's `password-bcrypt-base64`.)
    if is_password_hash(&text) {
        return true;
    }
    let mut entries = 0;
    for line in text.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return false;
        };
        if colon == 0 || !is_password_hash(&line[colon + 1..]) {
            return false;
        }
        entries += 1;
    }
    entries > 0
}

/// Transmission's `rpc-password` once the daemon has read it: `{`, the SHA-1 of password and
/// salt in hex, and the 8-character salt.
fn is_transmission_hash(s: &[u8]) -> bool {
    s.len() == 49
        && s[0] == b'{'
        && s[1..41].iter().all(u8::is_ascii_hexdigit)
        && s[41..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'/'))
}

/// SQL Server's password hash as `CREATE LOGIN … WITH PASSWORD = 0x0200… HASHED` writes it:
/// a version (`0x0100` SHA-1, `0x0200` SHA-512), a salt and the digest, in hex.
fn is_sql_server_hash(s: &[u8]) -> bool {
    (s.starts_with(b"0x0100") || s.starts_with(b"0x0200"))
        && s.len() >= 54
        && s[2..].iter().all(u8::is_ascii_hexdigit)
}

/// Tomcat's `MessageDigestCredentialHandler` form, `salt$iterations$digest` in hex.
fn is_tomcat_digest(s: &[u8]) -> bool {
    let mut parts = s.split(|&b| b == b'$');
    let (Some(salt), Some(rounds), Some(digest), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    salt.len() >= 8
        && digest.len() >= 32
        && !rounds.is_empty()
        && rounds.iter().all(u8::is_ascii_digit)
        && salt.iter().chain(digest).all(u8::is_ascii_hexdigit)
}

/// A hash digest labelled with its algorithm (`sha256:<64 hex>`, SRI `sha512-<base64>`,
/// `md5=<32 hex>`), also as an image reference pins one (`nginx@sha256:<64 hex>`): integrity
/// data, published on purpose.
pub fn is_labelled_digest(s: &[u8]) -> bool {
    if is_cache_key(s) {
        return true;
    }
    // Vault's audit log keeps HMACs of the tokens it saw (`hmac-sha256:<64 hex>`).
    if let Some(body) = s.strip_prefix(b"hmac-sha256:") {
        return body.len() == 64 && body.iter().all(u8::is_ascii_hexdigit);
    }
    // A Pusher private channel's `auth`: the app key (20 hex) and the HMAC-SHA256 of the
    // socket and channel (64 hex).
    let hex = |p: &[u8]| {
        p.iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
    };
    if s.len() == 85 && s[20] == b':' && hex(&s[..20]) && hex(&s[21..]) {
        return true;
    }
    if let Some(at) = s.iter().position(|&b| b == b'@') {
        let image = &s[..at];
        if !image.is_empty()
            && image.iter().all(|&b| {
                b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_' | b':')
            })
        {
            return is_labelled_digest(&s[at + 1..]);
        }
    }
    const ALGOS: [&[u8]; 9] = [
        b"md5",
        b"sha1",
        b"sha224",
        b"sha256",
        b"sha384",
        b"sha512",
        b"sha3-256",
        b"blake2b",
        b"blake3",
    ];
    ALGOS.iter().any(|a| {
        s.get(..a.len()).is_some_and(|p| p.eq_ignore_ascii_case(a))
            && matches!(s.get(a.len()), Some(b':' | b'-' | b'='))
            && {
                let body = &s[a.len() + 1..];
                let hex = body.len() >= 32 && body.iter().all(u8::is_ascii_hexdigit);
                let b64 = body.len() >= 24
                    && body
                        .iter()
                        .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
                hex || b64
            }
    })
}

/// A POSIX locale name (`sk_SK.ISO8859-2`, `de_DE.UTF-8@euro`, `pt_BR`): a setting, not a secret.
pub fn is_locale(s: &[u8]) -> bool {
    let (lang, rest) = match s.iter().position(|&b| b == b'_') {
        Some(at) => (&s[..at], &s[at + 1..]),
        None => return false,
    };
    let region_end = rest
        .iter()
        .position(|&b| b == b'.' || b == b'@')
        .unwrap_or(rest.len());
    let region = &rest[..region_end];
    (2..=3).contains(&lang.len())
        && lang.iter().all(u8::is_ascii_lowercase)
        && region.len() == 2
        && region.iter().all(u8::is_ascii_uppercase)
        && rest[region_end..]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'@' | b'-' | b'_'))
}

/// Does the name hold an English word for a secret (`key`, `token`, `secret`, `pass`, `auth`…)?
pub fn has_english_secret_word(name: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
    SECRET_WORDS
        .iter()
        .chain(&["cred", "bearer", "pepper", "psk", "access"])
        .any(|w| lower.contains(w))
}

/// Does the name say it holds a password (`password`, `passwd`, `DB_PASS`, `pwd`)?
/// Does the name say `creds` as a word (`CREDS`, `smtp_creds`)? A typed password under it is a
/// password (a `user:password` pair under it is left to the rules that split it).
pub fn names_creds(name: &[u8]) -> bool {
    name.split(|b| matches!(b, b'_' | b'-' | b'.' | b' '))
        .any(|w| w.eq_ignore_ascii_case(b"creds"))
}

pub fn names_password(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.windows(4).any(|w| w == b"pass")
        || lower.windows(3).any(|w| w == b"pwd")
        // ACORD XML's `<Pswd>` (`SignonPswd`, `CustPswd`).
        || lower.windows(4).any(|w| w == b"pswd")
        || FOREIGN_PASSWORD_WORDS.iter().any(|w| contains(&lower, w))
        || WIFI_KEY_WORDS.iter().any(|w| contains(&lower, w))
        // `psk`, `WPA_PSK`, `wifiPsk` as a word, not inside `internalPropsKey`.
        || lower.windows(3).enumerate().any(|(at, w)| {
            w == b"psk"
                && (at == 0
                    || !name[at - 1].is_ascii_alphabetic()
                    || (name[at] == b'P' && name[at - 1].is_ascii_lowercase()))
                && name
                    .get(at + 3)
                    .is_none_or(|b| !b.is_ascii_lowercase() || name[at + 2] == b'K')
        })
        // `PW`, `db_pw`, `smtpPw`: `pw` as a word of the name; OpenLDAP's and nslcd's `bindpw`
        // and `rootpw`.
        || name
            .split(|b| matches!(b, b'_' | b'-' | b'.' | b' ' | b'[' | b']' | b'\'' | b'"'))
            .any(|w| {
                w.eq_ignore_ascii_case(b"pw")
                    || [&b"bindpw"[..], b"rootpw", b"adminpw", b"ldappw", b"dbpw", b"smtppw"]
                        .iter()
                        .any(|c| w.eq_ignore_ascii_case(c))
                    // (SMSC's and other APIs' `psw`.)
                    || w.eq_ignore_ascii_case(b"psw")
                    || (w.len() > 2
                        && (w.ends_with(b"Pw") || w.ends_with(b"PW"))
                        && w[w.len() - 3].is_ascii_lowercase())
            })
}

/// Names of a Wi-Fi network's key or a VPN's pre-shared key: a passphrase people type
/// (`wpa2-pre-shared-key`, `wifi_key`, `psk`).
const WIFI_KEY_WORDS: &[&[u8]] = &[
    b"preshared",
    b"pre_shared",
    b"pre-shared",
    b"wlan_key",
    b"wlankey",
    b"wifi_key",
    b"wifikey",
    b"wpa_key",
    b"wpakey",
];

/// "Password" in the languages whose words config files use in ASCII (German, Dutch,
/// Portuguese, Spanish, French, Polish, Finnish, Swedish).
pub const FOREIGN_PASSWORD_WORDS: &[&[u8]] = &[
    b"kennwort",
    b"passwort",
    b"wachtwoord",
    b"senha",
    b"contrasena",
    b"motdepasse",
    b"mot_de_passe",
    b"mot de passe",
    b"haslo",
    b"salasana",
    b"losenord",
];

/// Does the value carry a symbol people put in passwords (`nina&Sunflower!58`, `Pepp3r+7`)?
/// Under a name that only says `secret`, a slug (`cdn77-credentials`, an `existingSecret`'s
/// Kubernetes Secret) names a secret; a typed one has such a symbol.
pub fn has_password_symbol(s: &[u8]) -> bool {
    s.iter().any(|b| b"!@#$%^&*+=?~".contains(b))
}

/// Where the syntax says the value is a password (a login call's password argument), a typed
/// one only needs two kinds of characters (`Cobalt.Vane.88`; not `testpw`, `doesnotexist`).
pub fn typed_in_password_slot(s: &[u8]) -> bool {
    let kinds = [
        s.iter().any(u8::is_ascii_lowercase),
        s.iter().any(u8::is_ascii_uppercase),
        s.iter().any(u8::is_ascii_digit),
        s.iter().any(u8::is_ascii_punctuation),
    ];
    // One to three lower-case words joined by `_`, `-` or `.` are an identifier (`user_name`,
    // `read-only`, the literal `api_token` of Toggl's Basic scheme), not what someone typed as
    // a password; four or more are a passphrase (`pickle-copper-harness-cobalt`).
    let identifier = kinds == [true, false, false, true]
        && s.iter()
            .all(|b| b.is_ascii_lowercase() || matches!(b, b'_' | b'-' | b'.'))
        && s.iter().filter(|b| matches!(b, b'_' | b'-' | b'.')).count() <= 2;
    (6..=128).contains(&s.len())
        && s.iter().any(u8::is_ascii_alphabetic)
        && kinds.iter().filter(|&&k| k).count() >= 2
        && !identifier
        && !is_host_name(s)
        && !is_date_time(s)
        && !is_upper_setting(s)
        && !s.iter().any(u8::is_ascii_whitespace)
}

/// An upper-case setting, `WORD=WORD` (RACF's `LISTUSER` shows `PASSWORD ENVELOPED=NO`): an
/// attribute beside the password's name, not a password.
fn is_upper_setting(s: &[u8]) -> bool {
    s.iter().position(|&b| b == b'=').is_some_and(|eq| {
        eq >= 2
            && s[..eq].iter().all(u8::is_ascii_uppercase)
            && s.len() > eq + 1
            && s[eq + 1..]
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    })
}

/// An ISO 8601 date or time stamp (`2023-07-27T00:00:00`, `2024-01-05T10:22:31.5Z`): the start
/// of a time range in a call's second argument, not a password.
fn is_date_time(s: &[u8]) -> bool {
    s.len() >= 10
        && s[..4].iter().all(u8::is_ascii_digit)
        && s[5..7].iter().all(u8::is_ascii_digit)
        && s[8..10].iter().all(u8::is_ascii_digit)
        && s[4] == s[7]
        && matches!(s[4], b'-' | b'/')
        && s[10..]
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'T' | b'Z' | b':' | b'.' | b'+' | b'-'))
}

/// A host's name (`mqtt.acme-labs.io`, `db01.corp.local`): lower-case labels joined by dots,
/// the last one a common top-level or internal domain. (A broker's host in the slot a client's
/// constructor keeps for the password elsewhere.)
fn is_host_name(s: &[u8]) -> bool {
    const TLDS: &[&[u8]] = &[
        b"com",
        b"net",
        b"org",
        b"io",
        b"dev",
        b"app",
        b"cloud",
        b"co",
        b"ai",
        b"local",
        b"lan",
        b"internal",
        b"corp",
        b"home",
        b"eu",
        b"uk",
        b"de",
        b"us",
        b"ca",
        b"fr",
        b"nl",
        b"info",
    ];
    let labels: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.iter()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        })
        && labels.last().is_some_and(|t| TLDS.contains(t))
}

/// An app password as the mail providers issue them for SMTP and IMAP clients (Google, Microsoft,
/// Yahoo): 16 random lower-case letters, written whole or in four groups of four (`abcd efgh …`).
/// Random letters, not words run together: the pairs of letters read as no English
/// (`correcthorsebatt` is a phrase someone typed, judged as one elsewhere). Apple's
/// app-specific passwords, grouped with dashes (`abcd-efgh-…`), count whatever their letters
/// read like: nobody joins words that way.
pub fn is_app_password(s: &[u8]) -> bool {
    app_password_letters(s)
        .is_some_and(|letters| (s.len() == 19 && s[4] == b'-') || word_score(&letters) < 0.3)
}

/// Shaped like a mail provider's app password (see [`is_app_password`]), random or not.
pub fn has_app_password_shape(s: &[u8]) -> bool {
    app_password_letters(s).is_some()
}

/// The 16 lower-case letters of a value shaped like an app password.
fn app_password_letters(s: &[u8]) -> Option<[u8; 16]> {
    let grouped =
        s.len() == 19 && [4, 9, 14].iter().all(|&i| s[i] == s[4]) && matches!(s[4], b' ' | b'-');
    if s.len() != 16 && !grouped {
        return None;
    }
    let mut letters = [0u8; 16];
    let mut n = 0;
    for (i, &b) in s.iter().enumerate() {
        if grouped && i % 5 == 4 {
            continue;
        }
        if !b.is_ascii_lowercase() {
            return None;
        }
        letters[n] = b;
        n += 1;
    }
    Some(letters)
}

/// Could this be a password someone typed (under a password-like name)? Weak passwords are not
/// random, but a literal one in code is still a hard-coded credential: 8 to 64 characters, some
/// letters, and a digit or symbol among them; not a path, a dotted name, a reference or a value
/// made of the names around it.
pub fn plausible_password(s: &[u8]) -> bool {
    // A flag (`--inputbox`) or a variable (`$CPAN::Config`, `$cfg->{pass}`) is not typed text.
    let variable = s.first() == Some(&b'$') && s.get(1).is_some_and(|b| b.is_ascii_alphabetic());
    // Documentation of the choices (`true|false`, `on|off|auto`), not a choice.
    // (Or of algorithms and formats, `pbkdf2,md5,sha-256`.)
    let options = is_name_list(s)
        || [b'|', b','].iter().any(|&sep| {
            s.contains(&sep)
                && s.split(|&b| b == sep)
                    .all(|w| !w.is_empty() && w.iter().all(u8::is_ascii_alphabetic))
        });
    // A pattern a password must match (`^[A-Za-z0-9!@#$%^&*]{12,}$`), not a password.
    let pattern = s.starts_with(b"^") && s.ends_with(b"$");
    // A path of words (`data-platform/warehouse`, a vault item's `Ops/webmin`), not typed text.
    let word_path = s.contains(&b'/')
        && s.split(|&b| b == b'/').all(|segment| {
            // Words in lower case, or capitalized (not random letters in both cases).
            segment.iter().enumerate().all(|(i, b)| {
                b.is_ascii_lowercase()
                    || (i == 0 && b.is_ascii_uppercase())
                    || matches!(b, b'-' | b'_' | b'.')
            })
        });
    if !((8..=64).contains(&s.len()) || is_racf_shaped_password(s))
        || options
        || pattern
        || is_pbe_algorithm(s)
        || word_path
        || is_upper_setting(s)
        // A closure's parameters (`= |judged: &[u8]| …`), not a value.
        || (s.first() == Some(&b'|')
            && s[1..]
                .iter()
                .position(|&b| b == b':' || b == b'|')
                .is_some_and(|end| end > 0 && s[1..1 + end].iter().all(|&b| b.is_ascii_alphanumeric() || b == b'_')))
        || is_call_or_index(s)
        || (is_dotted_name(s)
            && !starts_with_word_and_number(s)
            && !has_number_led_word(s)
            && !word_dot_number(s)
            && !has_typed_part(s))
        || s.starts_with(b"/")
        || s.starts_with(b"-")
        // A glob over names (systemd's `ImportCredential=grafana-server.*`).
        || s.strip_suffix(b".*").is_some_and(|head| {
            head.iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_'))
        })
        || variable
    {
        return false;
    }
    // A trailing `=` is syntax (`password= scmVersion=` lists option names), not a mark.
    let s = match s.strip_suffix(b"=") {
        Some(rest) if rest.iter().all(|b| b.is_ascii_alphanumeric()) => rest,
        _ => s,
    };
    let letters = s.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let marks = s
        .iter()
        .filter(|&&b| {
            b.is_ascii_digit()
                || (b.is_ascii_punctuation() && !matches!(b, b'_' | b'-' | b'.' | b':'))
        })
        .count();
    let lower = s.to_ascii_lowercase();
    // `A1b2c3d4`: its letters and its digits each count up — a typed example, not a password.
    // (Three digits that count up end many typed passwords, `Gdansk0Mosaic+12`; four do not.)
    let counts_up = |class: fn(&u8) -> bool, at_least: usize| {
        let v: Vec<u8> = lower.iter().copied().filter(class).collect();
        v.len() >= at_least && v.windows(2).all(|w| w[1] == w[0] + 1)
    };
    // A mail provider's app password: 16 random lowercase letters (`qhhlkakpowkliblr`), shown in
    // four groups of four.
    (marks >= 1 || has_random_case_part(s) || is_app_password(s) || is_grouped_password(s))
        && letters >= 3
        && !(counts_up(u8::is_ascii_alphabetic, 3) || counts_up(u8::is_ascii_digit, 4))
        && !lower.starts_with(b"http")
        && !names_itself(&lower)
}

/// Six or seven upper-case letters, digits and `@#$` with letters and a digit among them
/// (`AUG52Y`, `KOAL3@`): what RACF and IBM i allow and mainframe estates use (eight at most),
/// too short to pass as a typed password otherwise. Not letters counting up with digits
/// (`ABC123`).
fn is_racf_shaped_password(s: &[u8]) -> bool {
    let letters = s.iter().filter(|b| b.is_ascii_uppercase()).count();
    let digits = s.iter().filter(|b| b.is_ascii_digit()).count();
    (6..=7).contains(&s.len())
        && s.iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"@#$".contains(b))
        && letters >= 2
        && digits >= 1
        && !has_sequence(s)
}

/// A word, one dot and a part that ends in a number (`zebraRiver.744`, `Margie.Apr73`,
/// `Bish0p.86`), or words of letters and a last part of digits (`Falcon.Baltic.2020`,
/// `nightowl.thistle.1981`): typed, as code paths (`self.db.password`, `Sha256.Digest`) are
/// not.
pub fn word_dot_number(s: &[u8]) -> bool {
    let parts: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    if let [words @ .., last] = &parts[..] {
        // (A last sign after the number is typed too: `Manna.Lantern.Harvest146-`.)
        let last: &[u8] = match last.last() {
            Some(b'-' | b'_' | b'!') => &last[..last.len() - 1],
            _ => last,
        };
        if words.len() >= 2
            && words
                .iter()
                .all(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_alphabetic))
            && ((2..=4).contains(&last.len()) && last.iter().all(u8::is_ascii_digit)
                // (Or a number and a letter or two: `Jaguar.Cobalt.Bison.48q`.)
                || {
                    let digits = last.iter().take_while(|b| b.is_ascii_digit()).count();
                    (2..=4).contains(&digits)
                        && (1..=2).contains(&(last.len() - digits))
                        && last[digits..].iter().all(u8::is_ascii_alphabetic)
                }
                // (Or a last word with the number: `Banjo.winter.canyon12`.)
                || {
                    let letters = last.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                    letters >= 3
                        && (1..=4).contains(&(last.len() - letters))
                        && last[letters..].iter().all(u8::is_ascii_digit)
                })
        {
            return true;
        }
    }
    let mut parts = s.split(|&b| b == b'.');
    let (Some(head), Some(tail), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    // (A last sign after the number is typed too: `marble.Dario68_`, `Osaka.1996-`.)
    let tail = tail
        .strip_suffix(b"_")
        .or_else(|| tail.strip_suffix(b"-"))
        .or_else(|| tail.strip_suffix(b"!"))
        .unwrap_or(tail);
    let digits = tail.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if head.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 3 && digits >= 2 {
        return true;
    }
    // A number, then a word (`Garrafa.520sev-`, `Verona.225merlo_`): no code name starts a part
    // with digits.
    let lead = tail.iter().take_while(|b| b.is_ascii_digit()).count();
    if head.len() >= 3
        && head.iter().all(u8::is_ascii_alphabetic)
        && (2..=4).contains(&lead)
        && (2..=6).contains(&(tail.len() - lead))
        && tail[lead..].iter().all(u8::is_ascii_lowercase)
    {
        return true;
    }
    // A word and a long number, then a few letters (`timber59451.wyt`): not a file name
    // (`backup2023.tar`), whose number is a year and whose end is an extension.
    const EXTENSIONS: &[&[u8]] = &[
        b"txt", b"tar", b"gz", b"zip", b"log", b"bak", b"sql", b"csv", b"yml", b"json", b"xml",
        b"ini", b"cfg", b"conf", b"pem", b"key", b"crt", b"pdf", b"png", b"jpg", b"dat", b"bin",
    ];
    let letters = head.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    letters >= 3
        && head.len() - letters >= 5
        && head[letters..].iter().all(u8::is_ascii_digit)
        && (2..=4).contains(&tail.len())
        && tail.iter().all(u8::is_ascii_lowercase)
        && !EXTENSIONS.contains(&tail)
}

/// Code that computes the value: a call or an index on a name, `hash(raw_password)`,
/// `getpass.getpass(prompt)`, `config["db"]["password"]`, `ENV.fetch("X");`, a call continued
/// on the next line (`Prompt.ask(`), a type (`list[str],`), a Rust path (`::try_from(v)`). The
/// name must read as code (a path, snake_case, camelCase or lowercase), so a generated password
/// such as `Kizezem373Upafa[` is not taken for one.
pub fn is_call_or_index(s: &[u8]) -> bool {
    let colons = s.iter().take_while(|&&b| b == b':').count();
    let s = &s[colons..];
    let name = s
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$' | b':'))
        .count();
    if name < 2
        || !(s[0].is_ascii_alphabetic() || s[0] == b'_')
        || !matches!(s.get(name), Some(b'(' | b'['))
    {
        return false;
    }
    let path = &s[..name];
    let capitalized = path[0].is_ascii_uppercase() && path[1..].iter().all(u8::is_ascii_lowercase);
    path.iter().any(|b| matches!(b, b'.' | b'_' | b':'))
        || path.iter().all(u8::is_ascii_lowercase)
        || capitalized
        || is_camel_case_words(path)
        || is_identifier_with_acronyms(path)
}

/// Words of code that make an identifier, not a passphrase, of words run together
/// (`UserPasswordInput`, `DatabaseConnectionName`).
const IDENTIFIER_WORDS: &[&[u8]] = &[
    b"name",
    b"field",
    b"input",
    b"string",
    b"type",
    b"policy",
    b"manager",
    b"provider",
    b"service",
    b"handler",
    b"factory",
    b"builder",
    b"helper",
    b"class",
    b"object",
    b"property",
    b"param",
    b"option",
    b"label",
    b"text",
    b"message",
    b"error",
    b"form",
    b"view",
    b"model",
    b"request",
    b"response",
    b"file",
    b"path",
    b"connection",
    b"database",
    b"account",
    b"credential",
    b"credentials",
    b"store",
    b"client",
    b"server",
    b"mode",
    b"hash",
    b"salt",
    b"encoder",
    b"required",
    b"length",
    b"network",
    b"wifi",
    b"ssid",
    b"guest",
    b"phrase",
];

/// Three to eight words run together in camelCase or joined by one `-`, `_` or `.`, a number
/// or a sign allowed at either end (`CrystalThistleKayakIvoryBirch`, `beacon_poppy_quartz`,
/// `comet-juniper-crimson`, `-eagleTulipRaven95`): what people choose for a Wi-Fi network or a
/// device, where a slot takes a passphrase. Elsewhere such a value is as likely an identifier.
/// The number of words, or 0 when the value is no such passphrase.
pub fn joined_words(s: &[u8]) -> usize {
    let lead = s.iter().take_while(|b| !b.is_ascii_alphabetic()).count();
    let tail = s[lead..]
        .iter()
        .rev()
        .take_while(|b| !b.is_ascii_alphabetic())
        .count();
    if lead > 4 || tail > 6 || lead + tail >= s.len() {
        return 0;
    }
    let core = &s[lead..s.len() - tail];
    let parts: Vec<&[u8]> = match core.iter().find(|b| matches!(b, b'-' | b'_' | b'.')) {
        Some(&sep) => core.split(|&b| b == sep).collect(),
        None => {
            let mut parts = Vec::new();
            let mut from = 0;
            for (i, b) in core.iter().enumerate().skip(1) {
                if b.is_ascii_uppercase() {
                    parts.push(&core[from..i]);
                    from = i;
                }
            }
            parts.push(&core[from..]);
            parts
        }
    };
    let word = |p: &[u8]| {
        (3..=10).contains(&p.len())
            && p[0].is_ascii_alphabetic()
            && p[1..].iter().all(u8::is_ascii_lowercase)
    };
    // (Other languages' "your password here": `passwort_hier_eintragen`, `ingiza-siri-yako`.)
    const FOREIGN_SLOT_WORDS: &[&[u8]] = &[
        b"hier",
        b"eintragen",
        b"dein",
        b"deine",
        b"ihr",
        b"aqui",
        b"ici",
        b"qui",
        b"yako",
        b"ingiza",
        b"tutaj",
        b"burada",
        b"buraya",
        b"vash",
        b"tuo",
        b"tua",
        b"seu",
        b"sua",
        b"votre",
        b"jouw",
        b"twoje",
        b"entrez",
        b"ingrese",
        b"inserisci",
        b"digite",
        b"siri",
    ];
    // (A host's name is dotted words ending in a short label: `public.ecr.aws`.)
    let dotted_host = core.contains(&b'.') && parts.last().is_some_and(|p| p.len() <= 3);
    let passphrase = (3..=8).contains(&parts.len())
        && core.len() >= 13
        && parts.iter().all(|p| word(p))
        && !dotted_host
        && !is_host_name(core)
        && !parts.iter().any(|p| {
            let w = p.to_ascii_lowercase();
            PASSPHRASE_META_WORDS.contains(&w.as_slice())
                || IDENTIFIER_WORDS.contains(&w.as_slice())
                || FOREIGN_SLOT_WORDS.contains(&w.as_slice())
                || super::i18n::canonical_name(&w).as_ref() != w.as_slice()
        });
    if passphrase {
        parts.len()
    } else {
        0
    }
}

/// A generated passphrase: short words and one number joined by one separator, as password
/// managers' "memorable password" generators make them (`anchor.kernel.summit.85.Sherpa`,
/// `window-ladder-39-Lotus-quill`), or a capitalised word and a year (`Stratagen.2020`). Code
/// Words that make a run of words a placeholder, a sentence or a path, not a passphrase.
const PASSPHRASE_META_WORDS: &[&[u8]] = &[
    b"password",
    b"passwd",
    b"pass",
    b"pwd",
    b"secret",
    b"key",
    b"token",
    b"change",
    b"replace",
    b"your",
    b"here",
    b"example",
    b"dummy",
    b"fake",
    b"test",
    b"sample",
    b"not",
    b"real",
    b"default",
    b"insecure",
    b"dev",
    b"local",
    b"the",
    b"this",
    b"with",
    b"for",
    b"and",
    b"use",
    b"set",
    b"value",
    b"placeholder",
    b"todo",
    b"config",
    b"env",
    b"settings",
    b"vault",
    b"secrets",
    b"com",
    b"org",
    b"net",
    b"www",
    b"http",
    b"https",
    b"app",
    b"api",
    b"auth",
    b"user",
    b"admin",
];

/// A passphrase of words and a number separated by spaces, as people choose one for Wi-Fi
/// (`Riga canyon 1995`, `tundra violet canyon otter90`): three to six parts, each a word (a
/// capital allowed first, digits allowed last) or a number, two words at least, and a number
/// among them or four words. Only where a rule's slot takes a password (`wpa_passphrase=`).
pub fn is_spaced_passphrase(s: &[u8]) -> bool {
    // (One sign may end it, as password rules ask for: `… quartz 125?`.)
    let s = match s.split_last() {
        Some((last, rest)) if b"!?#$%&*@".contains(last) => rest,
        _ => s,
    };
    let parts: Vec<&[u8]> = s.split(|&b| b == b' ').collect();
    let word = |p: &[u8]| {
        let letters = p.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        (3..=12).contains(&letters)
            && p.len() - letters <= 4
            && p[letters..].iter().all(u8::is_ascii_digit)
            && p[1..letters].iter().all(u8::is_ascii_lowercase)
    };
    let number = |p: &[u8]| (1..=4).contains(&p.len()) && p.iter().all(u8::is_ascii_digit);
    // (Short words too, as passphrases are said: `a quiet heron 1987`, `my kiwi eats 22 limes`.)
    let short = |p: &[u8]| (1..=2).contains(&p.len()) && p.iter().all(u8::is_ascii_lowercase);
    let words = parts.iter().filter(|p| word(p)).count();
    let numbers = parts.iter().filter(|p| number(p)).count();
    let shorts = parts.iter().filter(|p| short(p)).count();
    (3..=6).contains(&parts.len())
        && parts.iter().all(|p| word(p) || number(p) || short(p))
        && words >= 2
        && shorts <= 2
        && (numbers > 0 || words >= 4 || s.iter().any(u8::is_ascii_digit))
        && !parts.iter().any(|p| {
            let w = p.to_ascii_lowercase();
            PASSPHRASE_META_WORDS.contains(&w.as_slice())
        })
}

/// A generated passphrase: short words and one number joined by one separator, as password
/// managers' "memorable password" generators make them (`anchor.kernel.summit.85.Sherpa`,
/// `window-ladder-39-Lotus-quill`), or a capitalised word and a year (`Stratagen.2020`). Code
/// paths (`os.path.join`, `self.db.password`) have no number part. Diceware words alone count
/// joined by `-` (`velvet-tundra-copper-kestrel`), or five and more joined by `.` or `_` (four
/// are still a code path or an identifier: `current_working_directory_path`).
pub fn is_passphrase(s: &[u8]) -> bool {
    let word = |p: &[u8]| {
        (3..=10).contains(&p.len())
            && p[1..].iter().all(u8::is_ascii_lowercase)
            && p[0].is_ascii_alphabetic()
    };
    let number = |p: &[u8]| (1..=4).contains(&p.len()) && p.iter().all(u8::is_ascii_digit);
    [b'.', b'-', b'_'].iter().any(|&sep| {
        let parts: Vec<&[u8]> = s.split(|&b| b == sep).collect();
        if !parts.iter().all(|p| word(p) || number(p)) {
            return false;
        }
        let words = parts.iter().filter(|p| word(p)).count();
        let numbers = parts.len() - words;
        (parts.len() >= 4 && words >= 3 && numbers == 1)
            // Diceware (`velvet-tundra-copper-kestrel`): four or more words and nothing that
            // says it is a placeholder or a path (`not-a-real-password`, `app.config.db.pass`).
            // (Four words joined by dots or underscores, `canyon_tundra_marble_walnut`, when
            // none is shorter than five letters: an identifier has short words, `app.db.pass`.)
            || (parts.len() >= if sep == b'-' || parts.iter().all(|p| p.len() >= 5) { 4 } else { 5 }
                && numbers == 0
                && s.len() >= 20
                && !parts.iter().any(|p| {
                    let w = p.to_ascii_lowercase();
                    PASSPHRASE_META_WORDS.contains(&w.as_slice())
                }))
            || (parts.len() == 2
                && words == 1
                && parts[0].len() >= 4
                && parts[0][0].is_ascii_uppercase()
                && parts[1].len() == 4)
    })
}

/// A part of 8+ letters in random case (`pTyDDhHdqKxefoZ`, the `ApXdThar` of
/// `inventory_preprod_ApXdThar`): generated, though without a digit or a symbol; not words
/// in camelCase or one case (`MyPassword`, `ADMIN`).
/// A generated password in groups of equal length joined by dashes, its letters in random case
/// (`MNelXh-ueLJcB-NIWbBm`, as Safari's strong passwords and password managers write them;
/// `tgjp-XHFC-aOnf`); not words in title case (`Alpha-Bravo-Delta`).
fn is_grouped_password(s: &[u8]) -> bool {
    let groups: Vec<&[u8]> = s.split(|&b| b == b'-').collect();
    let n = groups[0].len();
    let letters: Vec<u8> = s.iter().copied().filter(u8::is_ascii_alphabetic).collect();
    let upper = letters.iter().filter(|b| b.is_ascii_uppercase()).count();
    let changes = letters
        .windows(2)
        .filter(|w| w[0].is_ascii_uppercase() != w[1].is_ascii_uppercase())
        .count();
    (3..=6).contains(&groups.len())
        && (4..=8).contains(&n)
        && groups
            .iter()
            .all(|g| g.len() == n && g.iter().all(u8::is_ascii_alphanumeric))
        && upper >= 2
        && letters.len() - upper >= 2
        && changes * 5 >= letters.len()
        && wordiness(&letters.to_ascii_lowercase()) <= 0.5
}

fn has_random_case_part(s: &[u8]) -> bool {
    s.split(|&b| matches!(b, b'_' | b'-' | b'.')).any(|p| {
        let upper = p.iter().filter(|b| b.is_ascii_uppercase()).count();
        let lower = p.iter().filter(|b| b.is_ascii_lowercase()).count();
        // Case changes between neighbours: a camelCase word changes once per word.
        let changes = p
            .windows(2)
            .filter(|w| w[0].is_ascii_uppercase() != w[1].is_ascii_uppercase())
            .count();
        p.len() >= 8
            && p.iter().all(u8::is_ascii_alphabetic)
            && upper >= 2
            && lower >= 2
            && changes * 4 >= p.len()
            && !is_camel_case_words(p)
            && wordiness(p) <= 0.5
    })
}

/// Words before a width or version number in code's names (`Base64`, `Float32`, `Sha256`,
/// `Utf8`, `Ipv4`).
const TYPE_WORDS: [&[u8]; 13] = [
    b"base", b"float", b"uint", b"bits", b"byte", b"bytes", b"word", b"char", b"http", b"sha",
    b"blake", b"utf", b"ipv",
];

/// A dotted part as people type passwords, not as code names things: letters, a number, then
/// letters again (`graz.W4lrus3`, `MAP.tundra52Onyx`, `lisa.h68q_CQ4G`), or a number and a
/// trailing underscore (`Pebble.nectar.Orchid30_`). Code's own such parts are short
/// (`i18n`, `k8s`, `a11y`) or start with a type or version word (`utf8mb4`, `sha256sum`,
/// `v1beta1`, `b64encode`, `oauth2Client`, `s3Bucket`).
fn has_typed_part(s: &[u8]) -> bool {
    // (Besides the type words: versions, services, algorithms and platforms code names so.)
    const CODE_WORDS: [&[u8]; 14] = [
        b"v", b"b", b"s", b"x", b"md", b"ec", b"int", b"oauth", b"crc", b"aes", b"pkcs", b"arm",
        b"amd", b"win",
    ];
    s.split(|&b| b == b'.').any(|p| {
        let trailing_underscore = p.len() >= 5
            && p.ends_with(b"_")
            && p[..p.len() - 1].last().is_some_and(u8::is_ascii_digit)
            && p.iter().any(u8::is_ascii_alphabetic);
        let letters_number_letters = p.len() >= 5
            && p.iter().enumerate().any(|(i, b)| {
                if !b.is_ascii_digit() || i == 0 || !p[i - 1].is_ascii_alphabetic() {
                    return false;
                }
                let run_start = p[..i]
                    .iter()
                    .rposition(|b| !b.is_ascii_alphabetic())
                    .map_or(0, |at| at + 1);
                let word = p[run_start..i].to_ascii_lowercase();
                let digits = p[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                p.get(i + digits).is_some_and(u8::is_ascii_alphabetic)
                    && !CODE_WORDS.contains(&&word[..])
                    && !TYPE_WORDS.contains(&&word[..])
                    && (word.len() >= 2 || p.len() >= 6)
            });
        // A number between two words by dashes (`Anchor-61-Maple`): a passphrase's part.
        let dashed_number = p.iter().enumerate().any(|(i, &b)| {
            if b != b'-' || i == 0 || !p[i - 1].is_ascii_alphabetic() {
                return false;
            }
            let digits = p[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=4).contains(&digits)
                && p.get(i + 1 + digits) == Some(&b'-')
                && p.get(i + 2 + digits).is_some_and(u8::is_ascii_alphabetic)
        });
        // A capitalised word and a number, then a word by `_` or `-` (`Ember804_lantern`):
        // a passphrase's part, not a type with its width (`Utf8_decode` is no word's case).
        let word_number_word = p.iter().enumerate().any(|(i, &b)| {
            if !b.is_ascii_digit() || i < 4 || !p[i - 1].is_ascii_lowercase() {
                return false;
            }
            let run_start = p[..i]
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |at| at + 1);
            let word = &p[run_start..i];
            let digits = p[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            word.len() >= 4
                && word[0].is_ascii_uppercase()
                && word[1..].iter().all(u8::is_ascii_lowercase)
                && !TYPE_WORDS.contains(&&word.to_ascii_lowercase()[..])
                && (2..=4).contains(&digits)
                && matches!(p.get(i + digits), Some(b'_' | b'-'))
                && p[i + digits + 1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count()
                    >= 3
        });
        trailing_underscore || letters_number_letters || dashed_number || word_number_word
    })
}

/// A dotted part that is a number run into a word (`Marek.1988winter`, `Yusuf.2001garden`): no
/// identifier starts with digits, but people's passwords do.
fn has_number_led_word(s: &[u8]) -> bool {
    s.split(|&b| b == b'.').any(|p| {
        let digits = p.iter().take_while(|b| b.is_ascii_digit()).count();
        // (An identifier cannot start with a digit: `H3ron.3cobalt` is typed, not a path.)
        let rest = p.len() - digits;
        // (The word may be capitalized: `Graz.74Biscuit`; after a year two letters do:
        // `Longhorn.2018gk`.)
        (((digits >= 2 && rest >= 3) || (digits == 1 && rest >= 4) || (digits == 4 && rest == 2))
            && p[digits..]
                .iter()
                .enumerate()
                .all(|(i, b)| b.is_ascii_lowercase() || (i == 0 && b.is_ascii_uppercase())))
            // (Four digits or more, then two to four letters in any case: `Tipster.54439Iz`,
            // `Sharp.8137oiR`.)
            || (digits >= 4
                && (2..=4).contains(&rest)
                && p[digits..].iter().all(u8::is_ascii_alphabetic))
            // (Two to four digits, then letters in mixed or upper case, maybe a digit among
            // them: `Azeltampol.995YiGV`, `Upoltorvik.259TXQV`, `Vega.1479sommerV4`.)
            || ((2..=4).contains(&digits)
                && (3..=12).contains(&rest)
                && p[digits..].iter().all(u8::is_ascii_alphanumeric)
                && p[digits..].iter().filter(|b| b.is_ascii_alphabetic()).count() >= 3
                && p[digits..].iter().any(u8::is_ascii_uppercase))
    })
}

/// `Welcome21.Quentin`, `February1.1`, `Linda16.window`, `Henrik.Dragon96`, `greta83.Cobalt`,
/// `maple_copper.winter7`, `granite-walrus.tundra4`, `Leeds.3784`: words and a word with a
/// number, as people make passwords; not a type with a bit width (`Base64.Encoder`,
/// `Sha256.Digest`, `Int32.Parse`) or an algorithm (`hashlib.sha256`, `Http2.settings`).
fn starts_with_word_and_number(s: &[u8]) -> bool {
    // (`Base64.encode`, `Float32.max`: a type's name and its width, then a member.)
    let segments: Vec<&[u8]> = s.split(|&b| b == b'.').collect();
    // `Leeds.3784`: a capitalised word, then a number.
    if let [word, number] = segments[..] {
        if word.len() >= 4
            && word[0].is_ascii_uppercase()
            && word[1..].iter().all(u8::is_ascii_lowercase)
            && (2..=4).contains(&number.len())
            && number.iter().all(u8::is_ascii_digit)
        {
            return true;
        }
    }
    segments.iter().enumerate().any(|(at, seg)| {
        // The last word of a snake_case segment (`maple_copper` + `winter7`).
        let seg = seg.rsplit(|&b| b == b'_').next().unwrap_or(seg);
        let letters = seg.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let (word, number) = seg.split_at(letters);
        let Ok(n) = std::str::from_utf8(number).unwrap_or("").parse::<u32>() else {
            return false;
        };
        let lower = word.to_ascii_lowercase();
        let type_width = TYPE_WORDS.iter().any(|t| {
            lower.starts_with(t) && (n.is_power_of_two() || n % 8 == 0 || lower.len() <= 5)
        });
        // A capitalised word anywhere; a lowercase one where a member name would not be
        // (first, or after a capitalised or compound word: `Maple.puffin9`,
        // `granite-walrus.tundra4`).
        let capitalised = word.first().is_some_and(u8::is_ascii_uppercase)
            && word[1..].iter().all(u8::is_ascii_lowercase);
        let lowercase = word.iter().all(u8::is_ascii_lowercase)
            && (at == 0
                || segments[at - 1].first().is_some_and(u8::is_ascii_uppercase)
                || segments[at - 1].contains(&b'_')
                || segments[at - 1].contains(&b'-'));
        word.len() >= 4
            && (capitalised || lowercase)
            && (1..=4).contains(&number.len())
            && !type_width
    })
}

/// Does the (lowercased) value say `key`, `token`, `secret`, `pass` or `auth`? Then it is a
/// name (`rc4_key_st`, `self.password`), not a value.
fn names_itself(lower: &[u8]) -> bool {
    // (Not by accident: `monkeyCactus!2043`, `Passion.1984`, `authorName`.)
    const IN_VALUES: [&str; 4] = ["passion", "compass", "passport", "author"];
    // ("Password" in other languages too: an error message's `AS2-Kennwort ungültig`.)
    let says = |text: &[u8]| {
        SELF_NAMES.iter().any(|w| contains(text, w))
            || FOREIGN_PASSWORD_WORDS.iter().any(|w| contains(text, w))
    };
    if !says(lower) {
        return false;
    }
    if !ACCIDENTAL_SECRET_WORDS
        .iter()
        .chain(&IN_VALUES)
        .any(|w| contains(lower, w.as_bytes()))
    {
        return true;
    }
    says(blank_accidents(&String::from_utf8_lossy(lower), &IN_VALUES).as_bytes())
}

const SELF_NAMES: [&[u8]; 5] = [b"key", b"token", b"secret", b"pass", b"auth"];

/// `lower` (the value in lower case) with each self-naming word that the value writes in no
/// identifier's casing (`keY`, `tOKen`; not `key`, `KEY`, `Key`) blanked: random letters that
/// happen to spell it, not a name.
fn odd_cased_words_blanked(s: &[u8], mut lower: Vec<u8>) -> Vec<u8> {
    for w in SELF_NAMES {
        let mut from = 0;
        while let Some(at) = memchr::memmem::find(&lower[from..], w).map(|p| p + from) {
            let orig = &s[at..at + w.len()];
            let cased = orig.iter().all(u8::is_ascii_lowercase)
                || orig.iter().all(u8::is_ascii_uppercase)
                || (orig[0].is_ascii_uppercase() && orig[1..].iter().all(u8::is_ascii_lowercase));
            if !cased {
                lower[at] = b'#';
            }
            from = at + 1;
        }
    }
    lower
}

/// The separators between the segments of an identifier or path (`a.b_c-d/e:f\\g`).
fn is_segment_separator(b: u8) -> bool {
    matches!(b, b'.' | b'_' | b'-' | b'/' | b':' | b'\\')
}

/// Does a value that names itself still hold a random run of at least 20 characters between
/// its self-naming words and separators (`oauth2:<40 hex>`, `tskey-<random>`, a random body that
/// happens to spell `auTh`)? Identifiers (`pkcs8_priv_key_info_st`, `DjangoOAuth1App`) do not.
fn has_random_run(s: &[u8], low: &[u8]) -> bool {
    let mut runs: Vec<&[u8]> = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < s.len() {
        let cut = if is_segment_separator(s[i]) {
            1
        } else {
            SELF_NAMES
                .iter()
                .find(|w| low[i..].starts_with(w))
                .map_or(0, |w| w.len())
        };
        if cut > 0 {
            runs.push(&s[start..i]);
            i += cut;
            start = i;
        } else {
            i += 1;
        }
    }
    runs.push(&s[start..]);
    // (Only runs shorter than the value are judged: a value whose self-naming word is not cut
    // here, `…KeY…` in a random body, would otherwise send `looks_random` back to itself until
    // the stack overflows.)
    runs.iter()
        .any(|r| r.len() >= 20 && r.len() < s.len() && looks_random(r))
}

/// 15 to 19 hex digits, mixed letters and digits (`bbdf66995e4d6b68`): too short for
/// `looks_random`, which takes short hex for an id, but a key where the name says secret.
pub fn is_short_hex_key(s: &[u8]) -> bool {
    let digits = s.iter().filter(|b| b.is_ascii_digit()).count();
    // (From 15: Frappe's API secrets.)
    (15..20).contains(&s.len())
        && s.iter().all(u8::is_ascii_hexdigit)
        && (s.iter().all(|b| !b.is_ascii_uppercase()) || s.iter().all(|b| !b.is_ascii_lowercase()))
        && (3..=s.len() - 3).contains(&digits)
        && distinct(s) >= 8
}

/// Is the last word of a variable's name `secret` or `password` (`apiSecret`, `HMAC_SECRET`,
/// `db.password`)? Not a type path (`AWS::SecretsManager::Secret` names a resource type).
pub fn ends_in_secret_word(name: &[u8]) -> bool {
    if contains(name, b"::") {
        return false;
    }
    let last = last_word_of_name(name);
    // (`Credential` too: a registry value or parameter a service logs on with.)
    [
        &b"secret"[..],
        b"password",
        b"passwd",
        b"pwd",
        b"credential",
    ]
    .contains(&last.as_slice())
}

/// The last word of a name, lower-cased: its last alphanumeric segment, or that segment's last
/// camelCase hump (`tokenCommit` → `commit`, `app.auth.revision` → `revision`).
fn last_word_of_name(name: &[u8]) -> Vec<u8> {
    let segment = name
        .rsplit(|b| !b.is_ascii_alphanumeric())
        .find(|s| !s.is_empty())
        .unwrap_or(name);
    let hump = segment
        .iter()
        .rposition(u8::is_ascii_uppercase)
        .filter(|&i| i > 0 && segment[i - 1].is_ascii_lowercase())
        .map_or(segment, |i| &segment[i..]);
    hump.to_ascii_lowercase()
}

/// Does `s` (starting with `/` or `//`) go on with a run of 16 or more base64 characters that
/// mixes upper- and lower-case letters and digits (a base64 key, not a path's first segment
/// or a protocol-relative URL's host)?
fn starts_with_base64_run(s: &[u8]) -> bool {
    let random_run = |run: &[u8]| {
        run.len() >= 16
            && run.iter().any(u8::is_ascii_uppercase)
            && run.iter().any(u8::is_ascii_lowercase)
            && run.iter().any(u8::is_ascii_digit)
    };
    let body = s.strip_prefix(b"//").unwrap_or(&s[1..]);
    let mut runs = body.split(|&b| !(b.is_ascii_alphanumeric() || b == b'+'));
    if runs.next().is_some_and(random_run) {
        return true;
    }
    // A key of 32 bytes or more in base64 whose first slashes come early (`/It/jhSDl1l…`, an
    // Epic Online Services client secret): all base64, a random run in it, few slashes.
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/');
    let body = s.strip_suffix(b"=").unwrap_or(s);
    // (Shorter keys too when a `+` shows the alphabet: no path has one. `/94jvN5g/WsQ+nz4…`.)
    let plus = body.contains(&b'+');
    (if plus { 24..=88 } else { 40..=88 }).contains(&s.len())
        && body.iter().all(base64)
        && body.iter().filter(|&&b| b == b'/').count() <= 4
        && body
            .split(|&b| b == b'/')
            .any(|run| random_run(run) && (run.len() >= 24 || (plus && run.len() >= 16)))
}

/// A storage object's key written as a relative path (`originals/4b/09/a9ba…`): a first
/// segment of lower-case letters, then two or more segments.
fn is_object_key_path(s: &[u8]) -> bool {
    let mut segments = s.split(|&b| b == b'/');
    let first = segments.next().unwrap_or_default();
    (3..=24).contains(&first.len())
        && first
            .iter()
            .all(|b| b.is_ascii_lowercase() || matches!(b, b'-' | b'_'))
        && segments.filter(|seg| !seg.is_empty()).count() >= 2
}

/// SCRAM's server key below its stored key (Prosody's account store: `["stored_key"] = …`,
/// `["server_key"] = …`): hashes of the password. (Elsewhere a `serverKey` is an API's secret.)
pub fn is_scram_server_key(name: &[u8], lines: &[&[u8]], i: usize) -> bool {
    (name.eq_ignore_ascii_case(b"server_key") || name.eq_ignore_ascii_case(b"serverkey"))
        && named_in_lines_above(lines, i, b"stored_key")
}

/// A RustDesk server's public key (`key = '…='` in `RustDesk2.toml`, `Key:` in a setup guide):
/// base64 of a 32-byte Ed25519 public key, which clients are given to trust the relay. Named
/// `key` below the word RustDesk or the relay and rendezvous servers it goes with.
pub fn is_rustdesk_public_key(value: &[u8], name: &[u8], lines: &[&[u8]], i: usize) -> bool {
    name.eq_ignore_ascii_case(b"key")
        && value.len() == 44
        && value.ends_with(b"=")
        && base64_decode(value).is_some_and(|b| b.len() == 32)
        && [&b"rustdesk"[..], b"rendezvous", b"relay"]
            .iter()
            .any(|w| named_in_lines_above(lines, i, w))
}

/// The key material of a Tink keyset's public key (`"value": "…"` below a `typeUrl` that ends
/// in `PublicKey`, in a public keyset that verifies or encrypts).
pub fn is_tink_public_key_value(name: &[u8], lines: &[&[u8]], i: usize) -> bool {
    name.eq_ignore_ascii_case(b"value")
        && lines[i.saturating_sub(2)..=i].iter().any(|l| {
            contains(l, b"type.googleapis.com/google.crypto.tink.") && contains(l, b"PublicKey")
        })
}

/// An iOS device's APNs token under a bare token name (`"token"`, `device_token`,
/// `pushToken`) with its device's platform within three lines (`"platform": "ios"`, `apns`):
/// 64 hex digits that address one app install; sending to it takes the app's own key.
pub fn is_apns_device_token(value: &[u8], name: &[u8], lines: &[&[u8]], i: usize) -> bool {
    if value.len() != 64 || !value.iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    let bare = matches!(
        lower.as_slice(),
        b"token"
            | b"device_token"
            | b"devicetoken"
            | b"push_token"
            | b"pushtoken"
            | b"apns_token"
            | b"apnstoken"
    );
    bare && lines[i.saturating_sub(3)..lines.len().min(i + 4)]
        .iter()
        .any(|l| {
            let l = l.to_ascii_lowercase();
            contains(&l, b"\"platform\"") || contains(&l, b"apns") || contains(&l, b"\"ios\"")
        })
}

/// A key file's bare name (`AuthKey_D83848D23.p8`, `service-account.json`): where a key is, not
/// the key.
fn is_key_file_name(s: &[u8]) -> bool {
    const EXTENSIONS: &[&str] = &[
        "p8", "p12", "pfx", "pem", "key", "jks", "keystore", "crt", "cer", "der", "json", "asc",
        "gpg",
    ];
    let Some(dot) = s.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    (1..=64).contains(&dot)
        && s[..dot]
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && EXTENSIONS
            .iter()
            .any(|e| s[dot + 1..].eq_ignore_ascii_case(e.as_bytes()))
}

/// A path to a file of a common data or media type (`xray_fractures/2b635be7391d.jpg`, a
/// dataset's object key): its random-looking part is a content hash in a file name.
fn is_file_path_with_extension(s: &[u8]) -> bool {
    const EXTENSIONS: &[&str] = &[
        "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "mp4", "mov", "mp3",
        "wav", "pdf", "csv", "json", "ndjson", "txt", "xml", "html", "yaml", "yml", "zip", "gz",
        "tar", "parquet", "npy", "pt", "onnx",
    ];
    let Some(slash) = s.iter().rposition(|&b| b == b'/') else {
        return false;
    };
    let name = &s[slash + 1..];
    let Some(dot) = name.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    dot > 0
        && EXTENSIONS
            .iter()
            .any(|e| name[dot + 1..].eq_ignore_ascii_case(e.as_bytes()))
}

/// Does this value look like a machine-generated secret rather than a word, an identifier, a path
/// or a sentence? Used by generic rules (a secret-named variable assigned a literal).
///
/// The tests combine: a minimum length, Shannon entropy scaled to the length, a mix of character
/// classes, and an English-bigram test (ripsecrets' idea) that rejects identifiers such as
/// `my_database_password` or `DefaultConnectionString`.
/// A cookie's name that carries a hash or a number of the site (`wordpress_logged_in_<md5 of
/// the site URL>`, Laravel's `remember_web_<sha1 of the guard>`, Hotjar's
/// `_hjSessionUser_<site id>`): the name of a session, not its value.
fn is_cookie_name(s: &[u8]) -> bool {
    const PREFIXES: [&[u8]; 7] = [
        b"wordpress_logged_in_",
        b"wordpress_sec_",
        b"wp-settings-",
        b"remember_web_",
        b"login_web_",
        b"_hjSessionUser_",
        b"_hjSession_",
    ];
    // (`wordpress_logged_in_…=${WP_COOKIE}`: the name before its `=`.)
    let s = s.strip_suffix(b"=").unwrap_or(s);
    PREFIXES.iter().any(|p| {
        s.strip_prefix(*p)
            .is_some_and(|rest| !rest.is_empty() && rest.iter().all(u8::is_ascii_hexdigit))
    })
}

pub fn looks_random(s: &[u8]) -> bool {
    if s.len() < 10 || s.len() > 4096 {
        return false;
    }
    let (mut lower, mut upper, mut digit, mut other) = (0usize, 0usize, 0usize, 0usize);
    for &b in s {
        match b {
            b'a'..=b'z' => lower += 1,
            b'A'..=b'Z' => upper += 1,
            b'0'..=b'9' => digit += 1,
            _ => other += 1,
        }
    }
    // File system paths (`/opt/app/bin`, `./conf`, `~/.ssh`) and web addresses (a key inside a
    // URL is a provider's format or a `user:password@` part, which other rules check). (One
    // base64 key in 64 starts with `/`: `/eGDuTh8chxSmj2F…` is no path.)
    if (s.starts_with(b"/") && !starts_with_base64_run(s))
        || s.starts_with(b"./")
        || s.starts_with(b"~/")
        || s.starts_with(b"http://")
        || s.starts_with(b"https://")
        // Resource names (`arn:aws:iam::aws:policy/…`) name where a thing lives.
        || s.starts_with(b"arn:")
    {
        return false;
    }
    if is_dotted_name(s)
        || is_uuid(s)
        || is_object_key_path(s)
        || is_file_path_with_extension(s)
        || is_key_file_name(s)
    {
        return false;
    }
    if is_cookie_name(s) {
        return false;
    }
    // A Spotify URI (`spotify:playlist:<22 base62>`): a track's or playlist's public id.
    if let Some(rest) = s.strip_prefix(b"spotify:") {
        if rest
            .split(|&b| b == b':')
            .next_back()
            .is_some_and(|id| id.len() == 22 && id.iter().all(u8::is_ascii_alphanumeric))
        {
            return false;
        }
    }
    // Base32 that spells text (`NFZS25DINFZV643VOAZXELLTGNRXEM3UH4` is `is-this_sup3r-s3cr3t?`):
    // a tutorial's TOTP seed, not random bytes.
    if s.len() >= 16 && super::checksum::is_base32_text(s) {
        return false;
    }
    // A number written in hex (`"tokenTotal": "0x55ede34082408c575b13"`, an amount of wei),
    // shorter than a key (a private key, a hash or a salt is 64 hex digits; an address 40).
    if s.len() <= 26 && s.starts_with(b"0x") && s[2..].iter().all(u8::is_ascii_hexdigit) {
        return false;
    }
    let letters = lower + upper;
    // Pure numbers are ids, ports, timestamps, not keys.
    if letters == 0 {
        return false;
    }
    let classes = [lower, upper, digit, other]
        .iter()
        .filter(|&&c| c > 0)
        .count();
    // (Letters of one case alone are random only when long and reading as no English:
    // VNPay's hash secrets, 32 upper-case letters.)
    let one_case_random = || {
        s.len() >= 24
            && digit + other == 0
            && word_score(s) < 0.0
            && !s.windows(2).any(|w| w[0] == w[1] && w[0] == b'X')
            && !has_sequence(s)
            && shannon(s) >= 3.9
    };
    if classes < 2 && !one_case_random() {
        return false;
    }
    // Entropy threshold that grows with length up to a cap (short strings cannot reach 4 bits).
    let h = shannon(s);
    // Hex digests have at most 4 bits per char; a random 32-char one is around 3.6.
    let cap = if s.iter().all(u8::is_ascii_hexdigit) {
        2.8
    } else {
        3.0
    };
    let need = (s.len() as f64).log2().min(5.0) * 0.72;
    if h < need.min(cap) {
        return false;
    }
    // A value that itself says `key`/`token`/`secret`/`pass` is a name (`rc4_key_st`), unless
    // what is left without those words is random on its own (`oauth2:<40 hex>`, a vendor prefix
    // such as `tskey-…` or `secret_<32 hex>`, or a random body that happens to spell `auTh`).
    // The run is judged alone: the word in front would make the whole read as English.
    // (Identifiers have no symbols: a value with `*`, `!` or `#` around the word is a random
    // one that happens to spell it, `gHqWCe1J*!s8BzcKey3RKHXwzt9F`.)
    let low = odd_cased_words_blanked(s, s.to_ascii_lowercase());
    let symbols = s.iter().filter(|b| b"!*#%^~@".contains(b)).count();
    let code = [&b"=="[..], b"!=", b"&&", b"||"]
        .iter()
        .any(|op| contains(s, op));
    if names_itself(&low) && (symbols < 2 || code) {
        return has_random_run(s, &low);
    }
    // Word-like: identifiers (`SubnetGroups`, `maximumPageSize`), prose, paths. (Not hex with
    // digits in it: runs of `a`-`f` such as `acdf`, `feaaa` are not words.)
    let hex_with_digits = digit >= 4 && s.iter().all(u8::is_ascii_hexdigit);
    if !hex_with_digits && wordiness(s) >= 0.6 {
        return false;
    }
    // Short hex strings are ids and digests more often than keys.
    if s.iter().all(u8::is_ascii_hexdigit) && s.len() < 20 {
        return false;
    }
    // Dates and times (`2020-02-01T00:00:00Z`).
    if s.len() >= 10
        && s[..4].iter().all(u8::is_ascii_digit)
        && s[4] == b'-'
        && s[5..7].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    if is_version(s) {
        return false;
    }
    if is_pbe_algorithm(s) {
        return false;
    }
    // Dotted/underscored identifiers and paths: every segment is alphabetic.
    let segments: Vec<&[u8]> = s
        .split(|&b| is_segment_separator(b))
        .filter(|p| !p.is_empty())
        .collect();
    // (A short part such as `s3`, `v2`, `ec2` counts as a word: `s3_uri_value`, and so does a
    // word with a number: `AWS4-HMAC-SHA256`, `ecdsa-sha2-nistp256`.)
    let word_with_number = |p: &[u8]| {
        let letters = p.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let digits = p.len() - letters;
        // (One capital will do in a constant's name: `ECC_NIST_P521`, `X509`.)
        (letters >= 2 || (letters == 1 && p[0].is_ascii_uppercase()))
            && (1..=3).contains(&digits)
            && p[letters..].iter().all(u8::is_ascii_digit)
            && (p[..letters].iter().all(u8::is_ascii_uppercase)
                || p[..letters].iter().all(u8::is_ascii_lowercase))
    };
    // Words with a digest on the end (`node-cache-Linux-x64-npm-<sha256>`): a cache key or an
    // artifact's name. (One word in front, `key-…`, `secret_…`, may be a provider's prefix.)
    let wordish = |p: &&[u8]| {
        p.iter().all(u8::is_ascii_alphabetic) || (p.len() <= 3 && p[0].is_ascii_alphabetic())
    };
    if let Some((last, words)) = segments.split_last() {
        if words.len() >= 3
            && matches!(last.len(), 40 | 64)
            && last.iter().all(u8::is_ascii_hexdigit)
            && words.iter().all(|p| wordish(p) || word_with_number(p))
        {
            return false;
        }
    }
    // (A letters-only part in random case, `uSEephaZYUDmyweLyTzS`, is no word.)
    let cased_word = |p: &[u8]| {
        p.iter().all(u8::is_ascii_alphabetic)
            && (p.len() <= 12
                || p.iter().all(u8::is_ascii_lowercase)
                || p.iter().all(u8::is_ascii_uppercase)
                || (p[0].is_ascii_uppercase() && p[1..].iter().all(u8::is_ascii_lowercase))
                || is_camel_case_words(p)
                || is_identifier_with_acronyms(p)
                || wordiness(&p.to_ascii_lowercase()) >= 0.5)
    };
    if segments.len() >= 2
        && segments.iter().all(|p| {
            cased_word(p)
                || p.iter().all(u8::is_ascii_digit)
                || (p.len() <= 3 && p[0].is_ascii_alphabetic())
                || word_with_number(p)
        })
    {
        return false;
    }
    // Short values of letters only (`ByoipCidrs`, `HappyFaceCopy`) are names far more often than
    // keys; keys that short carry digits or symbols.
    if digit == 0 && other == 0 && s.len() < 16 {
        return false;
    }
    true
}

/// Parts of a variable name that say its value is not a secret even though the name contains
/// `key`, `token` or `secret`: hashes, ids, public halves, metadata about the secret.
const NON_SECRET_NAME_PARTS: &[&str] = &[
    // A key's initialisation vector (`--iss.key_iv`, `KEY_IV`): public by design.
    "key_iv",
    "key-iv",
    "keyiv",
    "signing_iv",
    // A card gateway's tokenization key (NMI Collect.js `data-tokenization-key`, Braintree's
    // client-side tokenization key): published in the checkout page by design.
    "tokenization_key",
    "tokenization-key",
    "tokenizationkey",
    // Google Ad Manager DAI's live-stream asset key: public, in every player page.
    "assetkey",
    "asset_key",
    // Zoom's webhook URL validation challenge (`"plainToken": "…"`) and its answer, sent in
    // the clear; a value its name calls encrypted is ciphertext (`encrypted_password`), not
    // an `unencrypted_…` one.
    "plaintoken",
    // A CI cache's fallback key (`CACHE_FALLBACK_KEY: gradle-<sha>`).
    "fallback_key",
    // A RADIUS packet's HMAC-MD5 over itself (`Message-Authenticator = 0x…` in an accounting
    // detail log) and a TPM's endorsement key (its public half, registered with a
    // provisioning service).
    "message-authenticator",
    "message_authenticator",
    "endorsement_key",
    "endorsementkey",
    "endorsement-key",
    // A WebSocket handshake's nonce (`Sec-WebSocket-Key`) and its answer.
    "websocket-key",
    "websocket-accept",
    // OpenTravel (OTA/HTNG) messages' `EchoToken`: a correlation id the partner echoes back.
    "echotoken",
    // An order's key (ShipStation's `orderKey`, WooCommerce's `order_key` in the order-received
    // link): the order's identifier in a shop.
    "orderkey",
    "order_key",
    "order-key",
    "encrypted",
    "digest",
    "checksum",
    // A CRC of the value (Cloud KMS's `additionalAuthenticatedDataCrc32c`).
    "crc32",
    "sha1",
    "sha256",
    "sha512",
    // FreeRADIUS's hashed password attributes (`SSHA2-512-Password`, `Crypt-Password`,
    // `SMD5-Password`); not `NT-Password`, an NT hash that logs in as it is.
    "ssha2-",
    "ssha-password",
    "ssha1-password",
    "smd5-password",
    "crypt-password",
    // A snap assertion's `sign-key-sha3-384`: the signing key's digest.
    "sha3-",
    "md5",
    // A password's PBKDF2 hash (qBittorrent's `WebUI\Password_PBKDF2`).
    "pbkdf2",
    "integrity",
    // A request's one-time value (OAuth 1.0a's `oauth_nonce`), sent in the clear.
    "nonce",
    "uuid",
    "guid",
    "public",
    "pubkey",
    "pub_key",
    "pub-key",
    "keyid",
    "key_id",
    "keyname",
    "key_name",
    "endpoint",
    "prefix",
    "pattern",
    "placeholder",
    "example",
    "sample",
    "foreign",
    // A macOS crash report's `CrashReporter Key:` identifies the machine's reports.
    "crashreporter",
    "sort_key",
    "sortkey",
    // The RESO data dictionary's record keys (`ListingKey`, `MemberKey`): a listing's id.
    // (Not `OfficeKey`: a Microsoft Office product key is a licence.)
    "listingkey",
    "listing_key",
    "listing-key",
    "memberkey",
    "member_key",
    "partition",
    "max_tokens",
    "expir",
    "timeout",
    // Pagination cursors, request and concurrency tokens: opaque, but not credentials.
    "nexttoken",
    "next_token",
    "next-token",
    "continuation",
    "pagetoken",
    // OAI-PMH's paging cursor (`<resumptionToken>`).
    "resumptiontoken",
    // An xAPI LRS's key (the user name of its Basic auth beside the secret) and an LTI 1.1
    // tool's resource (consumer) key beside its shared secret.
    // Apache Commons POMs' `<commons.releaseManagerKey>`: the release manager's PGP key id.
    "releasemanagerkey",
    // DJI's Mobile SDK app key, which its documentation puts in `AndroidManifest.xml`
    // (`com.dji.sdk.API_KEY`): bound to the app's package name and shipped in every build.
    "dji.sdk.api_key",
    // GameAnalytics' game key, public beside its secret key; a game's key is a licence.
    "game_key",
    "gamekey",
    "game-key",
    // A Windows product key: a licence, not an access credential (the KMS client keys that
    // answer files carry are published).
    "productkey",
    "product_key",
    "lrs_key",
    "lrskey",
    "lrs.key",
    "lrs-key",
    "resourcekey",
    "resource_key",
    // An SNMPv3 message's HMAC and salt (a packet capture's `msgAuthenticationParameters`).
    "msgauthenticationparameters",
    "msgprivacyparameters",
    // A Shopify order's cart and checkout tokens: ids of the buyer's cart, in every webhook.
    "cart_token",
    "checkout_token",
    "page_token",
    // The AWS CLI's `--starting-token` (its pagination token, base64 of `{"NextToken": …}`).
    "starting-token",
    "starting_token",
    "startingtoken",
    // A LINE webhook event's reply token: used once, within a minute, to answer that event.
    "replytoken",
    "reply_token",
    // Google Calendar's next incremental sync token; Microsoft Graph's change key (an item's
    // version stamp).
    "nextsynctoken",
    "next_sync_token",
    "changekey",
    "cursor",
    "output_token",
    "input_token",
    "result_key",
    "limit_key",
    "idempoten",
    "updatetoken",
    "csrf",
    "xsrf",
    // Rails' CSRF token (`authenticity_token`), rendered into every form.
    "authenticity",
    // Names of keys, not keys: object keys, key specs, key material ids.
    "s3key",
    "s3_key",
    "keyspec",
    "key_spec",
    "materialid",
    // reCAPTCHA / hCaptcha / Turnstile site keys are embedded in public pages (the secret key
    // of the same services is named `secret`).
    "sitekey",
    "site_key",
    "site-key",
    // Where something lives, not the secret itself (`tokenContractAddress`, `key_vault_address`).
    "address",
    // A certificate or security authority (`SECURITY_NT_AUTHORITY`, `authority_key_id`); an
    // identity's authoritative source (SailPoint's `cloudAuthoritativeSource`: a source's id).
    "authority",
    "authoritative",
    // Colab's notebook metadata (`"authorship_tag": "ABX9Ty…"`): who wrote the notebook.
    "authorship",
    // An AI gateway's virtual key (Portkey's `x-portkey-virtual-key: azure-dev-91d163`): the
    // slug that names a provider key kept in the gateway.
    "virtual_key",
    "virtual-key",
    "virtualkey",
    // Comet's experiment key: an experiment's id.
    "experiment_key",
    "experimentkey",
    // ShareASale's `x-ShareASale-Authentication` header: each request's SHA-256 signature.
    "shareasale-authentication",
    // MagicBell's API key: public, the browser inbox carries it (its API secret is not).
    "magicbell_api_key",
    "magicbellapikey",
    "magicbell-api-key",
    // Airship's app key and app secret: its SDK ships them inside the app (only the master
    // secret is private).
    "developmentappsecret",
    "productionappsecret",
    "developmentappkey",
    "productionappkey",
    // .NET's `<UserSecretsId>`: the GUID naming a local secret store, committed by design.
    "usersecretsid",
    // Omeka S's API key pair: the key identity names the key, its credential is the secret.
    "key_identity",
    "key-identity",
    "keyidentity",
    // Keys made for browsers and apps, documented as safe to expose: publishable keys (Stripe,
    // Radar, Clerk), client-side tokens and client keys (Paddle, Adyen, Midtrans, GrowthBook,
    // DevCycle). A client *secret* stays a secret, and so does a `client_token` (Vault's).
    "publishable",
    "clientside",
    "client_side",
    "client-side",
    "clientkey",
    "client_key",
    "client-key",
    "client_sdk",
    "clientsdk",
    // OAuth's consumer key is the client's id (SWIFT, Salesforce, NetSuite, Twitter's API key);
    // its consumer *secret* is the secret.
    "consumer_key",
    "consumerkey",
    "consumer-key",
    "consumer.key",
    // Algolia's search-only API key: made for the browser, it can only query public indices.
    "search_only",
    "searchonly",
    "search-only",
    // Ghost's Content API key: read-only access to published content, documented as safe in
    // browsers (the Admin API key is `<id>:<secret>`).
    "content_api_key",
    "contentapikey",
    "content-api-key",
    // Sentry's `sentry_key` (in a DSN's envelope URL or `X-Sentry-Auth` header) is the DSN's
    // public key; Sentry's secrets are auth tokens.
    "sentry_key",
    // Chat widgets' keys, rendered into every page that shows the widget: Chatwoot's website
    // token (`websiteToken`), Freshchat's widget token, Smartsupp's key, the Braze web SDK's
    // and Gleap's SDK keys, Pendo's snippet API key (its secret is the integration key).
    "websitetoken",
    "website_token",
    "website-token",
    "widgettoken",
    "widget_token",
    "widget-token",
    "smartsupp_key",
    "smartsupp.key",
    "smartsupp-key",
    "smartsuppkey",
    "braze_sdk",
    "brazesdk",
    "gleap_sdk",
    "gleapsdk",
    "pendo_api_key",
    "pendoapikey",
    // An AES-GCM authentication tag, stored beside the ciphertext (Chef encrypted data bags).
    "auth_tag",
    "authtag",
    // A data key wrapped (encrypted) under an HSM's or KMS's key encryption key: ciphertext.
    "wrapped_key",
    "wrappedkey",
    "wrapped_dek",
    "wrappeddek",
    // Tomcat's `certificateKeystoreProvider="SunPKCS11-Luna"`: a JCA provider's name.
    "keystoreprovider",
];

/// `NON_SECRET_NAME_PARTS` as one automaton (built once, on the first generic candidate;
/// should it fail to build, no name is cleared by its parts).
fn non_secret_name_parts() -> Option<&'static aho_corasick::AhoCorasick> {
    static PARTS: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    PARTS
        .get_or_init(|| aho_corasick::AhoCorasick::new(NON_SECRET_NAME_PARTS).ok())
        .as_ref()
}

/// Words that hold a secret word by accident (`keyboard`, `SurveyMonkey`, `tokenizer`): they
/// make no name secret, but another secret word in the same name still does
/// (`SURVEYMONKEY_ACCESS_TOKEN`; not `keyboard_layout`).
const ACCIDENTAL_SECRET_WORDS: &[&str] = &[
    "keyboard",
    // A signage player's or licensed device's hardware key (Xibo's `HardwareKey`): its id.
    "hardwarekey",
    "hardware_key",
    "hardware-key",
    "hockey",
    "jockey",
    "whiskey",
    "monkey",
    "donkey",
    "turkey",
    "hotkey",
    "keystroke",
    "keyword",
    "keyframe",
    "keycode",
    "keymap",
    "keyspace",
    "tokenizer",
    "keychain",
    // The HTML element and key-generation tools; ARIA's keyboard shortcuts; key events.
    "keygen",
    "keyshortcut",
    "keydown",
    "keypress",
];

/// Does the name still say `key`, `token`, `secret`, `pass` or `auth` once the accidental secret
/// words are blanked out?
fn secret_word_besides_accidents(lower: &str) -> bool {
    if !ACCIDENTAL_SECRET_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    let blank = blank_accidents(lower, &[]);
    // (`keychain_pw`: `pw` as a word of its own.)
    SECRET_WORDS.iter().any(|w| blank.contains(w))
        || blank
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "pw")
}

/// `lower` with the accidental secret words (and `more`) blanked out with `_`.
fn blank_accidents(lower: &str, more: &[&str]) -> String {
    let mut blank = lower.to_string();
    for w in ACCIDENTAL_SECRET_WORDS.iter().chain(more) {
        if blank.contains(w) {
            blank = blank.replace(w, &"_".repeat(w.len()));
        }
    }
    blank
}

/// Short words that say a name is about the secret, not the secret (`token_type`, `keyFile`,
/// `key_size`, `expires_at`, `TOKEN_TTL`), counted only as whole words of the name, or right
/// after a secret word (`KEYFILE`, `tokencount`): `ACCOUNT_KEY`, `HASHICORP_VAULT_TOKEN`,
/// `PROFILE_TOKEN`, `CONVERSIONS_API_TOKEN`, `MONGODB_ATLAS_PRIVATE_KEY` hold secrets.
const NON_SECRET_NAME_WHOLE_WORDS: &[&str] = &[
    "hash", "type", "ttl", "file", "name", "size", "path", "count", "field", "label", "header",
    "cache", "version", "length", "format", "etag", "at",
    // WinSCP's `MasterPasswordVerifier`: a hash that checks the master password.
    "verifier",
];

/// Secret words a metadata word may follow without a separator (`keyfile`, `TOKENTYPE`).
const SECRET_WORDS: &[&str] = &[
    "key", "token", "secret", "password", "passwd", "pwd", "pass", "auth",
];

/// Is the first word of `lower` (`word_len` long) followed by another word that says neither
/// the secret nor what is said about it (`label` + `studio` in `label_studio_api_key`)?
fn opens_a_product_name(lower: &str, word_len: usize) -> bool {
    let rest = &lower[word_len..];
    let Some(rest) = rest.strip_prefix(['_', '-', '.']) else {
        return false;
    };
    let next: &str = rest.split(['_', '-', '.']).next().unwrap_or_default();
    next.len() >= 3
        && next.len() < rest.len()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && next != "api"
        && !SECRET_WORDS.iter().any(|w| next.starts_with(w))
        && !NON_SECRET_NAME_WHOLE_WORDS.contains(&next)
}

fn is_whole_word_in(name: &[u8], lower: &str, word: &str, after: Option<usize>) -> bool {
    lower.match_indices(word).any(|(at, _)| {
        if after.is_some_and(|a| at < a) {
            return false;
        }
        // A product's name that opens the name, before a word of its own (`LABEL_STUDIO_API_KEY`,
        // Label Studio's key): a namespace, not what the key is about (`label_key`).
        if at == 0 && opens_a_product_name(lower, word.len()) {
            return false;
        }
        let starts =
            word_boundary_at(name, at) || SECRET_WORDS.iter().any(|w| lower[..at].ends_with(w));
        let end = at + word.len();
        let plural = |suffix: &str| {
            lower[end..].starts_with(suffix) && word_boundary_at(name, end + suffix.len())
        };
        let ends = word_boundary_at(name, end) || plural("s") || plural("es");
        starts && ends
    })
}

/// The field of an anti-forgery token that frameworks render into every form (Laravel's
/// `_token`, Rails' `authenticity_token`): a saved page's token is per session and sent in the
/// clear. (The name as written: another language's words may also read as `_token`.)
pub fn is_csrf_field_name(original: &[u8]) -> bool {
    original.eq_ignore_ascii_case(b"_token") || original.eq_ignore_ascii_case(b"authenticity_token")
}

/// May a variable with this name hold a secret? (Generic rules only.)
pub fn name_may_hold_secret(name: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
    // A rock, not a salt (`basalt`); an I2P host name (`hosts.txt`'s `name.i2p=<destination>`,
    // a public address).
    if lower.ends_with("basalt") || lower.ends_with(".i2p") {
        return false;
    }
    // A word before the last of `token`, `password`, `secret`… is a namespace (`CACHE_PASSWORD`,
    // `Cache:RedisPassword`); after it, it says what the value is (`TOKEN_CACHE`, `password_hash`).
    // Before `key` it still names another kind of key (`cache_key`, `hash_key`).
    // (`encryption` and `signing` say that the `key` after them is key material:
    // `FIELD_ENCRYPTION_KEY` is a key for fields, not a field's key.)
    const STRONG_SECRET_WORDS: [&str; 9] = [
        "token",
        "secret",
        "password",
        "passwd",
        "pwd",
        "pass",
        "auth",
        "encryption",
        "signing",
    ];
    let last_strong = STRONG_SECRET_WORDS
        .iter()
        .filter_map(|w| lower.rfind(w))
        .max();
    // Each part's first occurrence is judged, as `str::find` would find it (one automaton
    // pass instead of a substring search per part: this runs for every generic candidate).
    let mut seen = [false; NON_SECRET_NAME_PARTS.len()];
    let cleared_by_part = non_secret_name_parts().is_some_and(|parts| {
        parts
            .find_overlapping_iter(lower.as_str())
            .filter(|m| !std::mem::replace(&mut seen[m.pattern().as_usize()], true))
            .map(|m| (NON_SECRET_NAME_PARTS[m.pattern().as_usize()], m.start()))
            .any(|(p, at)| {
                // The key that signs CSRF tokens (`WTF_CSRF_SECRET_KEY`) is a secret; the tokens
                // are not.
                let csrf_key = matches!(p, "csrf" | "xsrf") && lower[at..].contains("secret");
                let unencrypted = p == "encrypted" && lower[..at].ends_with("un");
                // A page's cursor starts a word (`nextPageToken`, `page_token`); a status
                // page's token does not (`statuspageToken`).
                let status_page = p.starts_with("page") && !word_boundary_at(name, at);
                // (`guid` is no id inside a word: `GUIDEWIRE_PASSWORD`, `guideline`.)
                let guide = p == "guid" && lower[at + 4..].starts_with('e');
                // (Nor `public` in `propublica`, `PROPUBLICA`, `publication`: a newsroom's API
                // key; `publicApiKey` is public.)
                let publica = p == "public"
                    && name.len() == lower.len()
                    && match name.get(at + 6) {
                        Some(b'a') => true,
                        Some(b'A') => name[at + 5] == b'C' && name.get(at + 7) != Some(&b'P'),
                        _ => false,
                    };
                // (Before the last strong secret word an endpoint is a namespace:
                // `endpoint_admin_secret`, Stripe's `ENDPOINT_SECRET`.)
                let endpoint_namespace = p == "endpoint" && last_strong.is_some_and(|s| at < s);
                // (Flyway's `flyway.placeholders.fdw_password`: a value put into the migrations,
                // named by what follows the namespace.)
                let flyway_placeholder = p == "placeholder"
                    && lower[at..].starts_with("placeholders.")
                    && last_strong.is_some_and(|s| at < s);
                // (A sample application's hard-coded credential is one: Golioth's Zephyr
                // samples read `CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK`.)
                let hardcoded_sample = p == "sample" && lower[at..].contains("hardcoded");
                !(csrf_key
                    || unencrypted
                    || status_page
                    || guide
                    || publica
                    || endpoint_namespace
                    || flyway_placeholder
                    || hardcoded_sample)
            })
    });
    !cleared_by_part
        && secret_word_besides_accidents(&lower)
        // A count of LLM tokens (`tokens_used`, `max_tokens`), not `SUPERTOKENS_API_KEY`.
        && !lower
            .match_indices("tokens_")
            .any(|(at, _)| word_boundary_at(name, at))
        // A key's fingerprint (`key_fingerprint`, `FINGERPRINT_SHA256`); before the last strong
        // secret word it is a namespace (`FINGERPRINT_SECRET_API_KEY`, fingerprint.com's).
        && !lower
            .match_indices("fingerprint")
            .any(|(at, _)| last_strong.is_none_or(|s| at > s))
        && !NON_SECRET_NAME_WHOLE_WORDS.iter().any(|w| {
            // (A name that ends in `hash key` names the key that hashes: a chat widget's
            // identity-verification key, `HASH_KEY`, `hashKey`.)
            let hashing_key = *w == "hash"
                && ["hash_key", "hashkey", "hash-key", "hash.key"]
                    .iter()
                    .any(|k| lower.ends_with(k));
            !hashing_key && is_whole_word_in(name, &lower, w, last_strong)
        })
        // (Before the last strong secret word, `url` is a namespace: `URL_SIGNING_SECRET`.)
        && !NON_SECRET_NAME_WORDS.iter().any(|w| {
            ends_a_word_in(name, &lower, w)
                && last_strong.is_none_or(|s| lower.rfind(w).is_some_and(|at| at + w.len() > s))
        })
        && !names_an_id(name, &lower)
        // The name of a login method or plugin (certbot's `authenticator = dns-rfc2136`).
        && lower != "authenticator"
        // A Vault token's accessor looks a token up or revokes it; it cannot be used as one.
        && !lower.ends_with("accessor")
        // A request's signature (`OK-ACCESS-SIGN`, `X-Signature`, Sumsub's `X-App-Access-Sig`):
        // made with the key, not it. (And a Wi-Fi network's name: `SECRET_SSID` in an Arduino
        // sketch's `arduino_secrets.h`, beside `SECRET_PASS`.)
        // (PayPal's classic `API_SIGNATURE`/`apiSignature` is no request's signature but the
        // third part of the API credentials, beside the API username and password.)
        && (!matches!(
            lower.rsplit(|c: char| !c.is_ascii_alphanumeric()).next(),
            Some("sign" | "signature" | "sig" | "ssid")
        ) || lower.ends_with("api_signature")
            || lower.ends_with("apisignature"))
        // A Dropbox shared link's key (`…/scl/fi/<id>/file.zip?rlkey=…`), part of a public link;
        // VirusTotal's Authenticode hash of a file; a LINE message's quote token (to reply
        // quoting it).
        && !matches!(
            lower.as_str(),
            "rlkey" | "authentihash" | "quotetoken" | "keystring" | "etsy_keystring"
                // SCRAM's stored key (Prosody's account store): a hash derived from the
                // password, not the password. (Its server key is judged beside it.)
                | "stored_key" | "storedkey"
                // An incident's deduplication key (PagerDuty's webhook payloads): it groups
                // the alerts of one incident.
                | "incident_key" | "incidentkey" | "dedup_key" | "dedupkey"
                // The password manager named as where a value is kept (`[stored in
                // 1Password: vault-unseal-2]`).
                | "1password"
                // Linphone's `idkey=proxy_config_…`: the proxy configuration's id.
                | "idkey"
        )
        // AnyDesk's `ad.anynet.pwd_salt` and `token_salt`: the salts of the hashes beside them.
        && !(lower.starts_with("ad.anynet.") && lower.ends_with("_salt"))
        // A public key's file named as an entry (`id_ed25519.pub:` in a Secret's data).
        && !lower.ends_with(".pub")
        // GnuPG's and git's options that name a key by its id or fingerprint.
        && ![
            "default-key",
            "trusted-key",
            "encrypt-to",
            "hidden-encrypt-to",
            "local-user",
        ]
        .contains(&lower.as_str())
        && !names_client_side_key(&String::from_utf8_lossy(name))
        && !names_a_setting(name, &lower)
        && !has_random_segment(name)
        && !ends_in_a_version_word(name)
}

/// Keys that providers make for browsers and apps and document as public, named by the
/// provider and the key's own word: Amplitude's API key, Mixpanel's project token, Pusher's app
/// key, Stream's API key, Adjust's app token, AppsFlyer's dev key, App Center's app secret,
/// Facebook's and Datadog's client tokens, Segment's snippet write key, and the search-only keys
/// of Algolia, Meilisearch and Typesense. The same providers' secrets are
/// named secret, admin, master or private (`PUSHER_SECRET`, `ALGOLIA_ADMIN_KEY`).
pub fn names_client_side_key(name: &str) -> bool {
    // (provider, at the start of the name only?, the key's word)
    const KEYS: &[(&str, bool, &str)] = &[
        ("amplitude", false, "apikey"),
        ("mixpanel", false, "token"),
        ("pusher", false, "key"),
        ("stream", true, "apikey"),
        ("getstream", false, "apikey"),
        ("adjust", false, "apptoken"),
        // AppsFlyer's SDK dev key and App Center's app secret start the SDK inside the app.
        ("appsflyer", false, "devkey"),
        ("af", true, "devkey"),
        ("appcenter", false, "secret"),
        // Segment's analytics.js snippet (`analytics._writeKey="…"`).
        ("analytics", true, "writekey"),
        // A Shopify app's API key is its client id; the app's secret is `SHOPIFY_API_SECRET`.
        ("shopify", false, "apikey"),
        ("facebook", false, "clienttoken"),
        ("fb", true, "clienttoken"),
        ("datadog", false, "clienttoken"),
        ("dd", true, "clienttoken"),
        // Shopify's Storefront API token is made for browsers and apps. (Contentful's Delivery
        // token is read-only too, but several generators and teams treat it as a secret.)
        ("storefront", false, "token"),
        ("algolia", false, "search"),
        ("meili", false, "search"),
        ("typesense", false, "search"),
        // A search-only key read by the page's own script (`const searchKey = '…'`): the
        // search services issue those for browsers.
        ("searchkey", true, "searchkey"),
        ("searchonlykey", true, "searchonlykey"),
        // Kakao's JavaScript key runs in the browser (its REST and Admin keys are secret).
        ("kakao", false, "jskey"),
        ("kakao", false, "javascriptkey"),
        // Mux Data's environment key goes into the player (`<mux-player env-key=…>`); Mux's
        // secrets are the access token's id and secret.
        ("mux", false, "envkey"),
        // Ghost's Content API client (`new GhostContentAPI({ url, key })`): a read-only key
        // for published posts (the Admin API's key is `<id>:<secret>`).
        ("ghostcontentapi", true, "key"),
        // A Dropbox app's key is its OAuth client id (the app secret is `app_secret`).
        ("dropbox", false, "appkey"),
        // Algolia DocSearch's key is a search-only key for a documentation site.
        ("docsearch", false, "apikey"),
        // The Gradle Plugin Portal's publish key names the account; its secret is
        // `gradle.publish.secret`.
        ("gradle", false, "publishkey"),
        // Optimizely's SDK key names a datafile that its SDKs fetch from a public CDN.
        ("optimizely", false, "sdkkey"),
        // Acquia Cloud's API key is the id of a key pair (a UUID); its secret is `api_secret`.
        ("acquia", false, "apikey"),
        // OVH's application key names an application; its secret is the application secret.
        ("ovh", false, "applicationkey"),
        // Filestack's API key identifies the app to its picker (the app secret signs policies).
        ("filestack", false, "apikey"),
        // Transloadit's auth key goes into a form's signed params; its secret signs them.
        ("transloadit", false, "key"),
        // JW Player's license key is embedded in every page that plays a video.
        ("jwplayer", false, "licensekey"),
        ("jw", true, "licensekey"),
        // Laravel Echo's options (`new Echo({ broadcaster: 'pusher', key: … })`): the Pusher app
        // key the browser subscribes with (the app secret signs on the server).
        ("echo", true, "key"),
    ];
    // (Meilisearch's own name holds `search`: `MEILISEARCH_API_KEY` is its admin key, where
    // `MEILI_SEARCH_KEY` and `meiliSearchApiKey` name a search key.)
    let mut words = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    for c in name.chars() {
        if prev_lower && c.is_ascii_uppercase() {
            words.push('_');
        }
        prev_lower = c.is_ascii_lowercase();
        words.push(c.to_ascii_lowercase());
    }
    let flat: String = words
        .replace("meilisearch", "meili")
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | '.' | ' '))
        .collect();
    KEYS.iter().any(|&(provider, at_start, key)| {
        let named = if at_start {
            flat.starts_with(provider)
        } else {
            flat.contains(provider)
        };
        // Besides the key's own word (`writekey`).
        named
            && flat.contains(key)
            && ["secret", "admin", "master", "private", "write", "server"]
                .iter()
                .all(|w| !flat.replace(key, "_").contains(w))
    })
}

/// A name's letters and digits in lower case (`VITE_ALGOLIA_SEARCH_KEY` → `vitealgoliasearchkey`):
/// words found in it whatever the case and separators.
pub fn flat_lower(s: &[u8]) -> Vec<u8> {
    s.iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect()
}

/// In an app's own files (see `credfile::File::client_app`), keys the providers make to ship
/// inside apps that elsewhere (a server's code) would be secrets: Google's `AIza…` keys
/// (Firebase, Maps, Places; restricted to the app's signature), Bugsnag's notifier key and
/// Segment's write key; Google's keys only in the files made for an app's keys (`config`), not
/// as constants in its source code. (Keys public everywhere are `names_client_side_key`'s.) `context` is the line up to the value (and the line before
/// it where the value has no name of its own: a plist's `<string>`). A Gemini or other AI key
/// in an app is still a secret.
pub fn public_in_app(secret: &[u8], context: &[u8], config: bool) -> bool {
    let flat = flat_lower(context);
    let has = |w: &[u8]| contains(&flat, w);
    if [
        &b"gemini"[..],
        b"genai",
        b"generative",
        b"openai",
        b"vertex",
    ]
    .iter()
    .any(|w| has(w))
    {
        return false;
    }
    (config && secret.starts_with(b"AIza"))
        || has(b"bugsnag")
        || has(b"rg4js")
        || (has(b"segment") && has(b"writekey"))
        || ((has(b"maps") || has(b"places")) && has(b"apikey"))
}

/// In an app's or a web page's own files, the slots SDKs read their client-side keys from: an
/// analytics write key or project token (`writeKey`, `ProjectToken`), a feature-flag or
/// experiment service's SDK, mobile or browser key (`sdkKey`, `splitBrowserKey`,
/// `launchdarkly_mobile_key`), an app token, a site key. `context`: the line up to the value
/// (and the line before where the value has no name of its own). The same services' server
/// keys are named secret, server, admin, private or personal, or carry their own prefix
/// (`sdk-…`, `api-…`), and are still reported.
pub fn names_client_slot(context: &[u8], secret: &[u8]) -> bool {
    const SLOTS: [&[u8]; 7] = [
        b"writekey",
        b"sdkkey",
        b"projecttoken",
        b"apptoken",
        b"mobilekey",
        b"sitekey",
        b"clientsideid",
    ];
    const SERVER_WORDS: [&[u8]; 8] = [
        b"secret",
        b"server",
        b"admin",
        b"private",
        b"personal",
        b"master",
        b"rest",
        b"service",
    ];
    const SERVER_PREFIXES: [&[u8]; 7] = [
        b"sdk-", b"api-", b"secret", b"sk_", b"sk-", b"rk_", b"server",
    ];
    if SERVER_PREFIXES.iter().any(|p| secret.starts_with(p)) {
        return false;
    }
    context
        .split(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))
        .any(|ident| {
            let flat = flat_lower(ident);
            let browser = contains(&flat, b"browser")
                && (contains(&flat, b"key") || contains(&flat, b"token"));
            (browser || SLOTS.iter().any(|w| contains(&flat, w)))
                && !SERVER_WORDS.iter().any(|w| contains(&flat, w))
        })
}

/// Does the name's last word say it holds a version of something (`app.auth.revision`,
/// `tokenCommit`, `secret_sha`, `keyRef`)? Its value is a git SHA or a reference, not a secret.
fn ends_in_a_version_word(name: &[u8]) -> bool {
    let last = last_word_of_name(name);
    const WORDS: [&[u8]; 5] = [b"revision", b"rev", b"commit", b"sha", b"ref"];
    WORDS.contains(&last.as_slice())
}

/// A name someone wrote is words; a random segment means the "name" is data that spells a
/// secret word by chance (`…WIPwDi…=` in base64 followed by a space and a value).
fn has_random_segment(name: &[u8]) -> bool {
    name.split(|&b| matches!(b, b'_' | b'.' | b'-'))
        // (Not a class's name in camel case with an acronym: `ConfigurableHTTPProxy`.)
        .any(|seg| {
            seg.len() >= 16
                && looks_random(seg)
                && !is_camel_case_words(seg)
                && !is_identifier_with_acronyms(seg)
        })
}

/// Non-secret words that are also the start or middle of other words: they count only where a
/// word of the name ends (`SERVICE_URL`, `authorName`; not `RECURLY_API_KEY`, `AUTHORIZE_NET_…`).
const NON_SECRET_NAME_WORDS: &[&str] = &["url", "uri", "author"];

/// Names that end in one of those words by accident (`SUCURI_API_SECRET`, `TAURI_KEY_PASSWORD`).
/// (`PROXYCURL_API_KEY`, `CURL_TOKEN`: curl and Proxycurl are names, not URLs.)
const ACCIDENTAL_NON_SECRET_WORDS: &[&str] = &["sucuri", "tauri", "curl", "proxycurl"];

fn ends_a_word_in(name: &[u8], lower: &str, word: &str) -> bool {
    lower.match_indices(word).any(|(at, _)| {
        let end = at + word.len();
        word_boundary_at(name, end)
            && !ACCIDENTAL_NON_SECRET_WORDS
                .iter()
                .any(|w| lower[..end].ends_with(w) && word_boundary_at(name, end - w.len()))
    })
}

/// Does a word of the name start or end at byte `at`: an end of the name, a separator or digit
/// on either side, or a camelCase hump (`author|Name`, `keyProtection|Algorithm`)?
fn word_boundary_at(name: &[u8], at: usize) -> bool {
    let (Some(&before), Some(&after)) = (at.checked_sub(1).and_then(|i| name.get(i)), name.get(at))
    else {
        return true;
    };
    !before.is_ascii_alphabetic()
        || !after.is_ascii_alphabetic()
        || (before.is_ascii_lowercase() && after.is_ascii_uppercase())
}

/// Does the name end in a word that makes it a setting *about* the secret
/// (`password_encryption`, `token_signing_algorithm`, `auth_method`, `password_policy`), or
/// another thing than the secret (`SMTP_HOST`, `db_user`)? Its value is an algorithm or mode
/// name (`scram-sha-256`), a host or a user name, not a credential. The word may follow a
/// separator or a camelCase hump (`keyProtectionAlgorithm`).
fn names_a_setting(name: &[u8], lower: &str) -> bool {
    const SETTING_WORDS: &[&str] = &[
        "encryption",
        "algorithm",
        "algo",
        "method",
        "mode",
        "scheme",
        "policy",
        "strategy",
        // What a value must look like, or what to show: `password_regex`, `PasswordHint`.
        "regex",
        "pattern",
        "format",
        "hint",
        "prompt",
        "label",
        "placeholder",
        "complexity",
        // An event's name in an audit log (`token.rotated`, `api_key.revoked`).
        "rotated",
        "revoked",
        "created",
        "deleted",
        "updated",
        "expired",
        "password_reset",
    ];
    let lower = lower.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    SETTING_WORDS.iter().any(|w| {
        lower.len() > w.len() && lower.ends_with(w) && word_boundary_at(name, lower.len() - w.len())
    }) || names_another_value(name)
}

/// A key that needs no secret word (a Kubernetes `Secret`'s) but says it holds something else:
/// a host, a user name (`names_another_value`) or an id (`azure-tenant-id`).
pub fn key_names_no_secret(name: &[u8]) -> bool {
    let lower = String::from_utf8_lossy(name).to_ascii_lowercase();
    names_another_value(name) || names_an_id(name, &lower)
}

/// Does the name's last word say the value is something else than a secret: a host, a port, a
/// user name, an e-mail address, a certificate (`RABBITMQ_HOST`, `MAIL_USERNAME`, `ca.crt`)?
pub fn names_another_value(name: &[u8]) -> bool {
    const VALUE_KIND_WORDS: &[&[u8]] = &[
        b"host",
        b"hostname",
        b"port",
        b"user",
        b"username",
        b"email",
        b"region",
        b"namespace",
        b"bucket",
        b"domain",
        b"crt",
        b"cert",
        b"certificate",
        b"name",
        b"db",
        b"database",
        b"dbname",
        b"schema",
        // A Secret's data may hold plain settings beside its secrets (`GITHUB_OWNER`,
        // `GEMINI_MODEL`, `AWS_ASSET_VERSION`), and hashes (`GEO_PASSWORD_HASH`).
        b"owner",
        b"model",
        b"version",
        b"hash",
    ];
    let end = name
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |p| p + 1);
    let lower = name[..end].to_ascii_lowercase();
    VALUE_KIND_WORDS
        .iter()
        .any(|w| lower.ends_with(w) && word_boundary_at(name, lower.len() - w.len()))
}

/// [`names_an_id`] for a name on its own.
pub fn names_id(name: &[u8]) -> bool {
    names_an_id(name, &String::from_utf8_lossy(name).to_ascii_lowercase())
}

/// Does the name end in an `Id` / `_ID` / `-id` word (`credentialId`, `AUTH0_CLIENT_ID`,
/// `key_id`)? Identifiers travel in the open; only a `secret_id` (Vault AppRole) is a secret.
fn names_an_id(name: &[u8], lower: &str) -> bool {
    let n = name.len();
    // (Spelled out: HealthKit's `HKMetadataKeySyncIdentifier`, `deviceIdentifier`.)
    if lower.ends_with("identifier") && !lower.contains("secret") {
        return true;
    }
    if n < 3 || !lower.ends_with("id") || lower.contains("secret") {
        return false;
    }
    // Twilio's and Windows' security identifiers (`API_KEY_SID`, `accountSid`).
    // (Else `…sId` is an `Id` after an `s`: `tinkCredentialsId`.)
    if n >= 4 && lower.ends_with("sid") {
        let before = name[n - 4];
        if matches!(before, b'_' | b'-' | b'.')
            || (name[n - 3] == b'S' && before.is_ascii_lowercase())
        {
            return true;
        }
    }
    let (before, i) = (name[n - 3], name[n - 2]);
    matches!(before, b'_' | b'-' | b'.')
        || (i == b'I' && before.is_ascii_lowercase())
        || (i == b'I' && name[n - 1] == b'D' && !before.is_ascii_alphabetic())
}

/// A name for a signing key whose value only names the key: git's `user.signingkey` (a GPG
/// key's hex fingerprint or id, or an SSH key's path or public half; `signingKey = []byte("…")`
/// in code is a key), or a PGP fingerprint or key id in upper-case hex, as `gpg --list-keys`
/// prints them, under a signing or GPG name (`SIGNING_KEY`, `GPG_KEY_ID`; not a passphrase's,
/// a secret's or a private key's name).
pub fn is_signing_key_id(name: &[u8], value: &[u8]) -> bool {
    let git = name.eq_ignore_ascii_case(b"signingkey")
        && ((8..=40).contains(&value.len()) && value.iter().all(u8::is_ascii_hexdigit)
            || value.starts_with(b"ssh-")
            || value.starts_with(b"key::")
            || value.starts_with(b"~/")
            || value.starts_with(b"/"));
    let pgp = || {
        let lower = name.to_ascii_lowercase();
        matches!(value.len(), 16 | 40)
            && value
                .iter()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
            && value.iter().any(u8::is_ascii_alphabetic)
            && (contains(&lower, b"signing")
                || contains(&lower, b"gpg")
                || contains(&lower, b"pgp"))
            && !contains(&lower, b"pass")
            && !contains(&lower, b"secret")
            && !contains(&lower, b"private")
    };
    git || pgp()
}

/// An App Store Connect API key's id (ten upper-case letters and digits) given as `--apiKey` beside
/// `--apiIssuer` (`xcrun altool`, fastlane): it names the `AuthKey_<id>.p8` file, the secret.
pub fn is_app_store_connect_key_id(name: &[u8], value: &[u8], line: &[u8]) -> bool {
    let mut letters = name.iter().filter(|b| b.is_ascii_alphanumeric());
    b"apikey"
        .iter()
        .all(|w| letters.next().is_some_and(|b| b.eq_ignore_ascii_case(w)))
        && letters.next().is_none()
        && value.len() == 10
        && value
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && contains_ignore_case(line, b"apiissuer")
}

/// The column of an SQL `INSERT … (columns) VALUES (…)` that the value at `start` of line `i`
/// fills, when the statement (its column list within the three lines above) can be read: the
/// value's place in its tuple picks the column. `None` when the line is no such value.
pub fn sql_insert_column(lines: &[&[u8]], i: usize, start: usize) -> Option<Vec<u8>> {
    let first = i.saturating_sub(3);
    let mut text = Vec::new();
    for l in &lines[first..i] {
        text.extend_from_slice(l);
        text.push(b'\n');
    }
    let at = text.len() + start;
    text.extend_from_slice(&lines[i][..start]);
    let lower = text.to_ascii_lowercase();
    let insert = lower.windows(6).rposition(|w| w == b"insert")?;
    let open = insert + lower[insert..].iter().position(|&b| b == b'(')?;
    let values = insert + lower[insert..].windows(6).position(|w| w == b"values")?;
    let close = open + lower[open..].iter().position(|&b| b == b')')?;
    if !(open < close && close < values && values < at) {
        return None;
    }
    let columns: Vec<&[u8]> = text[open + 1..close]
        .split(|&b| b == b',')
        .map(|c| {
            let quote = |b: &u8| matches!(b, b'"' | b'`' | b'[' | b']');
            let c = c.trim_ascii();
            let from = c.iter().position(|b| !quote(b)).unwrap_or(c.len());
            let to = c.iter().rposition(|b| !quote(b)).map_or(from, |e| e + 1);
            &c[from..to]
        })
        .collect();
    // The value's place: commas at the tuple's depth since the tuple opened, outside quotes.
    let (mut depth, mut field, mut quoted) = (0usize, 0usize, false);
    for &b in text.get(values + 6..at.checked_sub(1)?)? {
        match b {
            b'\'' => quoted = !quoted,
            b'(' if !quoted => {
                depth += 1;
                if depth == 1 {
                    field = 0;
                }
            }
            b')' if !quoted => depth = depth.saturating_sub(1),
            b',' if !quoted && depth == 1 => field += 1,
            _ => {}
        }
    }
    (depth == 1).then(|| columns.get(field).map(|c| c.to_vec()))?
}

/// A Midtrans notification's `signature_key` (SHA-512 of the order, status, amount and server
/// key: 128 hex digits): a digest made with the key, not the key.
pub fn is_signature_key_digest(name: &[u8], value: &[u8]) -> bool {
    let lower: Vec<u8> = name
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    lower == b"signaturekey" && value.len() == 128 && value.iter().all(u8::is_ascii_hexdigit)
}

/// A Ghost Content API key (26 hex digits; the Admin API key is `<24 hex>:<64 hex>`), which
/// Ghost documents as safe in browsers, beside the Ghost name in the lines above.
pub fn is_ghost_content_key(value: &[u8], lines: &[&[u8]], i: usize) -> bool {
    value.len() == 26
        && value
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
        && named_in_lines_above(lines, i, b"ghost")
}

/// A JWT in a signed embedding URL's path (Metabase's `/embed/dashboard/<jwt>`), or the `token`
/// of a signed media URL (Mux's `…/<playback id>.m3u8?token=<jwt>`, a thumbnail's): signed for
/// one resource and a short time, and handed to every viewer's browser.
pub fn is_signed_embed_path(before: &[u8]) -> bool {
    const MEDIA: [&[u8]; 9] = [
        b".m3u8", b".mpd", b".mp4", b".jpg", b".png", b".gif", b".webp", b".vtt", b".webm",
    ];
    before.ends_with(b"/embed/dashboard/")
        || before.ends_with(b"/embed/question/")
        || before
            .strip_suffix(b"?token=")
            .is_some_and(|path| MEDIA.iter().any(|e| path.ends_with(e)))
}

/// An Adjust app token under an app token's name (`app_token=` in Adjust's callback URLs, an
/// `app_tokens:` list): twelve lower-case letters and digits that name the app in its SDK
/// configuration, shipped inside the app (the API's `user_token` and the app secret are apart).
pub fn is_adjust_app_token(name: &[u8], value: &[u8]) -> bool {
    let lower: Vec<u8> = name
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    (lower.ends_with(b"apptoken") || lower.ends_with(b"apptokens"))
        && value.len() == 12
        && value
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// An S3-style access key id under a name that says only access key (`storage.s3.access-key`,
/// `fs.s3a.access.key`, MinIO's `accessKey`): twenty upper-case letters and digits, the id
/// that AWS, Ceph RGW, MinIO, Wasabi and the other S3-compatible stores pair with a secret
/// key. (A provider whose "access key" is the secret issues another shape: 32 hex at
/// ipstack.)
pub fn is_s3_access_key_id(name: &[u8], value: &[u8]) -> bool {
    let lower: Vec<u8> = name
        .iter()
        .filter(|b| b.is_ascii_alphanumeric())
        .map(u8::to_ascii_lowercase)
        .collect();
    contains(&lower, b"accesskey")
        && !contains(&lower, b"secret")
        && !contains(&lower, b"private")
        && value.len() == 20
        && value
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && value.iter().any(u8::is_ascii_digit)
        && value.iter().filter(|b| b.is_ascii_uppercase()).count() >= 4
}

/// Is the unquoted value at `start..end` of the line code rather than a literal? A comparison
/// (`"password"===e.type`: the value starts at the second `=`), a member of a short or `this`
/// receiver as minifiers write them (`o.key=s.C0.ESC+i`, `lookAhead=this.pos+1`), a union of
/// types (`type PassphraseBlob = Buffer|Uint8Array`), or a type annotation
/// (`KdcAdminPassword: XmlStringMaxLen256;`). A secret in code is a quoted literal.
pub fn is_code_expression(line: &[u8], start: usize, end: usize) -> bool {
    let value = &line[start..end];
    let prev = line[..start].last();
    if value.is_empty() || matches!(prev, Some(b'"' | b'\'' | b'`')) {
        return false;
    }
    // `==`, `===`, `!==` (a value after `= ` or `>` may start with `=`: `<password>=rdP…`).
    if value[0] == b'=' && matches!(prev, Some(b'=' | b'!')) {
        return true;
    }
    if is_member_expression(value) {
        return true;
    }
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    if value.contains(&b'|')
        && value.split(|&b| b == b'|').all(|p| {
            p.first()
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
                && p.iter().all(ident)
        })
    {
        return true;
    }
    let before = line[..start]
        .iter()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t'));
    before == Some(&b':')
        && line.get(end) == Some(&b';')
        && (value[0].is_ascii_alphabetic() || value[0] == b'_')
        && value.iter().all(ident)
}

/// Does the text before a name open Transloadit's `auth` object (`{"auth": {"` then `key`), the
/// public half of its signed form params?
pub fn opens_auth_object(before_name: &[u8]) -> bool {
    before_name
        .trim_ascii_end()
        .strip_suffix(b"\"")
        .map(<[u8]>::trim_ascii_end)
        .and_then(|b| b.strip_suffix(b"{"))
        .map(<[u8]>::trim_ascii_end)
        .and_then(|b| b.strip_suffix(b":"))
        .map(<[u8]>::trim_ascii_end)
        .is_some_and(|b| b.ends_with(b"\"auth\""))
}

/// Does a comment after the value (on the same line, from `end`) say the key is public (`//
/// Web端(JS API) Key`, `# public, ships in the app`, `// 客户端公开`)?
pub fn comment_says_public(line: &[u8], end: usize) -> bool {
    let rest = &line[end.min(line.len())..];
    // (`//` after a URL's scheme, `https://api.3commas.io/public/api`, opens no comment.)
    let Some(at) = rest.windows(2).enumerate().position(|(k, w)| {
        (w == b"//" && (k == 0 || rest[k - 1] != b':')) || w == b" #" || w == b"/*"
    }) else {
        return false;
    };
    let comment = String::from_utf8_lossy(&rest[at..]).to_lowercase();
    [
        "public",
        "js api",
        "client-side",
        "browser key",
        "search-only",
        "search only",
        "公开",
        "公開",
        "공개",
    ]
    .iter()
    .any(|w| comment.contains(w))
        && !comment.contains("not public")
}

/// Is the name at `name` a URL's `token` query parameter (ending at `end`) in a URL whose query
/// also has an expiry (`?token=…&expires=…`): a CDN's signed link, made from the key?
pub fn is_signed_url_token(line: &[u8], name: std::ops::Range<usize>, end: usize) -> bool {
    if !line[name.clone()].eq_ignore_ascii_case(b"token")
        || name.start == 0
        || !matches!(line[name.start - 1], b'?' | b'&')
    {
        return false;
    }
    let url_start = line[..name.start]
        .iter()
        .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'('))
        .map_or(0, |p| p + 1);
    let url_end = line[end..]
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b')'))
        .map_or(line.len(), |p| end + p);
    let url = line[url_start..url_end].to_ascii_lowercase();
    url.contains(&b':') && (contains(&url, b"&expires=") || contains(&url, b"?expires="))
}

/// Does the name say it holds several secrets (Strapi's `APP_KEYS`, `jwt_secrets`)? Then a list
/// of values under it is a list of keys, not of options.
pub fn names_secret_list(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    [&b"keys"[..], b"secrets", b"tokens", b"passwords"]
        .iter()
        .any(|w| lower.ends_with(w))
}

/// Is the quoted value at `start..end` the first of several in a list literal (`['a', 'b']`)?
pub fn in_longer_list(line: &[u8], start: usize, end: usize) -> bool {
    let Some(&quote) = line[..start].last() else {
        return false;
    };
    if !matches!(quote, b'"' | b'\'' | b'`')
        || line[..start - 1].trim_ascii_end().last() != Some(&b'[')
    {
        return false;
    }
    let after = &line[end..];
    after.first() == Some(&quote) && after[1..].trim_ascii_start().first() != Some(&b']')
}

/// A YAML tag that fetches the value from elsewhere (`wifi_password: !secret wifi_password`,
/// ESPHome's `!env_var WIFI_PASSWORD`, CloudFormation's `!Ref DbPassword`, `!include`): the
/// value is a reference, not a secret.
pub fn is_yaml_tag(line: &[u8], start: usize, end: usize) -> bool {
    let value = &line[start..end];
    value.len() >= 3
        && value[0] == b'!'
        && value[1..]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'!' | b':'))
        && matches!(line.get(end), Some(b' ' | b'\t'))
}

/// A member of `this`, `self` or a one- or two-letter variable as minifiers name them, with
/// members that read as names (`s.C0.ESC+i`, `this.pos+1`, `e.type`), optionally with one
/// operator and a name or number after it. (Not `r.a87XYM3i4nZtsMvxGa` or `o.xiOLT6…`: a
/// password or token with a dot after its first letters has a random part.)
fn is_member_expression(value: &[u8]) -> bool {
    let receiver = value
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'$'))
        .count();
    if !(receiver > 0
        && (receiver <= 2 || &value[..receiver] == b"this" || &value[..receiver] == b"self")
        && value.get(receiver) == Some(&b'.'))
    {
        return false;
    }
    let ident = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$');
    let (path, operand) = match value
        .iter()
        .position(|b| matches!(b, b'+' | b'-' | b'*' | b'/'))
    {
        Some(op) => (&value[receiver + 1..op], &value[op + 1..]),
        None => (&value[receiver + 1..], &b""[..]),
    };
    let name_like = |m: &[u8]| {
        !m.is_empty()
            && (m[0].is_ascii_alphabetic() || m[0] == b'_')
            && m.iter().all(ident)
            && (m.len() <= 4
                || (m.iter().all(u8::is_ascii_alphabetic)
                    && (wordiness(m) >= 0.5
                        || is_camel_case_words(m)
                        || is_identifier_with_acronyms(m))))
    };
    path.split(|&b| b == b'.').all(name_like)
        && (operand.is_empty()
            || operand.iter().all(u8::is_ascii_digit)
            || (operand.len() <= 4 && operand.iter().all(ident)))
}

/// Does the value have the shape of what a variable with this name holds? API keys, tokens and
/// client secrets are made to travel in URLs and headers: letters, digits and `._~+/=:-` (and
/// `%XX` escapes), ending where the value ends. A value with other punctuation (`$`, `#`, `*`,
/// `@`, `!`…) or cut short by a bracket is not one, except under a password-like or secret-like
/// name (passwords, Django's `SECRET_KEY`), where any character goes.
pub fn value_fits_name(name: &[u8], value: &[u8], prev: Option<u8>, next: Option<u8>) -> bool {
    // A value cut short by a bracket is a call or an index (`Cow::Borrowed(password)`).
    if matches!(next, Some(b'[' | b'(' | b'{')) {
        return false;
    }
    // An Elixir module attribute or a Ruby instance variable (`hashed_password: @argon2_hash`):
    // a snake-case name after `@`, not a value.
    if prev == Some(b'@')
        && value.contains(&b'_')
        && value
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
    {
        return false;
    }
    // A value that is another assignment (`ember-auth: trace_id=b63a…` in a log line) belongs to
    // its own name, which says what it is. (Under a password's name, `=` is a character of the
    // password.)
    if let Some(eq) = value
        .iter()
        .position(|&b| b == b'=')
        .filter(|_| !names_password(name))
    {
        let inner = &value[..eq];
        // A name as people write one (`trace_id`, `commit`), not the start of a random value.
        // (Not four random letters that open a password: `yynm=` + the rest.)
        let identifier = (3..=40).contains(&inner.len())
            && inner
                .iter()
                .all(|b| b.is_ascii_lowercase() || matches!(b, b'_' | b'-'))
            && (inner.iter().any(|b| matches!(b, b'_' | b'-')) || wordiness(inner) >= 0.5);
        if identifier && eq + 1 < value.len() && !names_credential(inner) {
            return false;
        }
    }
    let lower = name.to_ascii_lowercase();
    let says = |w: &[u8]| lower.windows(w.len()).any(|x| x == w);
    if names_password(name) || says(b"secret") || says(b"credential") {
        return true;
    }
    // OVH's application key (16 letters and digits, `application_key=` in `ovh.conf` or
    // `ovh.Client(…)`) names an application, as a client id does; its application secret and
    // consumer key are 32 characters. (Datadog's application key is 40 hex.)
    if value.len() == 16
        && value.iter().all(u8::is_ascii_alphanumeric)
        && lower.ends_with(b"application_key")
    {
        return false;
    }
    // Public keys under a bare name: an app key (the public half of an app key and app secret
    // or master secret pair, as JPush, Umeng, NHN Cloud and Dropbox name them: 24 letters and
    // digits or fewer; Laravel's `APP_KEY` is `base64:…`), a Mux Data environment key
    // (`ENV_KEY`, 26 lower-case letters and digits).
    let flat: Vec<u8> = lower
        .iter()
        .copied()
        .filter(|b| b.is_ascii_alphanumeric())
        .collect();
    let alnum = value.iter().all(u8::is_ascii_alphanumeric);
    // (And an OCLC WSKey, the 80-character client id that goes with its secret.)
    if (flat.ends_with(b"appkey") && alnum && value.len() <= 24)
        || (flat.ends_with(b"wskey") && alnum && value.len() == 80)
        || (flat == b"envkey"
            && value.len() == 26
            && value
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
    {
        return false;
    }
    // A quoted value ends at its closing quote (or an escaped one): `"abc,def"` is not `abc`.
    let quoted = matches!(prev, Some(b'"' | b'\'' | b'`'));
    // A merchant or signing key drawn from letters, digits and a few signs (Paytm's
    // `gWHQ_dPxpiNX0@zA`, `&1sV&QgB!Y0N2T09`): quoted, every kind of character, and signs
    // twice in a row once at most. (It may start with a sign: quoted, it is no reference.)
    let signs = |b: &u8| matches!(b, b'@' | b'#' | b'!' | b'&');
    if quoted
        && (12..=64).contains(&value.len())
        && value.iter().any(signs)
        && value.iter().any(u8::is_ascii_lowercase)
        && value.iter().any(u8::is_ascii_uppercase)
        && value.iter().any(u8::is_ascii_digit)
        && next == prev
        && value
            .windows(2)
            .filter(|w| signs(&w[0]) && signs(&w[1]))
            .count()
            <= 1
        && value.iter().filter(|b| signs(b)).count() <= 4
        && value.iter().all(|b| {
            b.is_ascii_alphanumeric() || signs(b) || matches!(b, b'_' | b'-' | b'.' | b'%')
        })
    {
        return true;
    }
    if (quoted && next != prev && next != Some(b'\\'))
        || !value
            .first()
            // (Base64 may start with `+`: a LINE channel token, a random key; or with `/`,
            // not a path: `/KUAucKnsJ6Y12PKkZgVI8…`.)
            .is_some_and(|b| {
                b.is_ascii_alphanumeric()
                    || matches!(b, b'_' | b'-' | b'+')
                    || (*b == b'/' && starts_with_base64_run(value))
            })
    {
        return false;
    }
    // A generated key of letters, digits and any printable signs (thumbor's `SECURITY_KEY`,
    // `'4dLKPH6T@xhOa#GSv!FRlHvE=n*ybNYdWcxkIEYj'`): quoted, 20 characters or more, every
    // kind of character, signs a third or less of it; no brackets, slashes or spaces (a
    // template or a path) and no `%` escapes (a URL-encoded text).
    let wide = |b: &u8| b"@#!&*^?%+=~".contains(b);
    let percent_escape = value
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit());
    if quoted
        && (20..=64).contains(&value.len())
        && value.iter().any(u8::is_ascii_lowercase)
        && value.iter().any(u8::is_ascii_uppercase)
        && value.iter().any(u8::is_ascii_digit)
        && value.iter().filter(|b| wide(b)).count() * 3 <= value.len()
        && value.iter().filter(|b| wide(b)).count() >= 2
        && !percent_escape
        && value
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || wide(b) || matches!(b, b'_' | b'-' | b'.'))
    {
        return true;
    }
    // WordPress's generated passwords and tokens (`wp_generate_password(64)`, a WordPress.com
    // OAuth token): letters, digits and `!@#$%^&*()`, brackets among them. Quoted, 40
    // characters or more, every kind of character, four signs or more; not a call
    // (`getenv(…)`: a word, then the bracket).
    let wp_sign = |b: &u8| b"!@#$%^&*()".contains(b);
    let call = || {
        value.iter().position(|&b| b == b'(').is_some_and(|p| {
            p > 0
                && value[..p]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
                && value.ends_with(b")")
        })
    };
    if quoted
        && (40..=128).contains(&value.len())
        && value.iter().any(u8::is_ascii_lowercase)
        && value.iter().any(u8::is_ascii_uppercase)
        && value.iter().any(u8::is_ascii_digit)
        && (4..=value.len() / 3).contains(&value.iter().filter(|b| wp_sign(b)).count())
        && value
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || wp_sign(b))
        && !call()
    {
        return true;
    }
    let mut i = 0;
    while i < value.len() {
        let b = value[i];
        if b == b'%' {
            if value.len() > i + 2
                && value[i + 1].is_ascii_hexdigit()
                && value[i + 2].is_ascii_hexdigit()
            {
                i += 3;
                continue;
            }
            return false;
        }
        if !(b.is_ascii_alphanumeric()
            || matches!(b, b'.' | b'_' | b'~' | b'+' | b'/' | b'=' | b':' | b'-'))
        {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_fifth_session_names() {
        // Spelled-out identifiers, a WebSocket handshake's nonce, RESO record keys.
        assert!(names_id(b"HKMetadataKeySyncIdentifier"));
        assert!(!names_id(b"client_secret_identifier"));
        assert!(!name_may_hold_secret(b"Sec-WebSocket-Key"));
        assert!(!name_may_hold_secret(b"ListingKey"));
        assert!(!name_may_hold_secret(b"listing_key"));
        assert!(name_may_hold_secret(b"api_key"));
    }

    #[test]
    fn twenty_sixth_session_examples_and_names() {
        // Mews' public demo tokens (client, access, POS) and the Subsonic documentation's token.
        assert!(is_placeholder(
            b"C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"
        ));
        assert!(is_placeholder(b"sk_test_bae7115405656f156ca6ca"));
        assert!(is_placeholder(b"26719a1196d2a940705a59634eb18eab"));
        assert!(!is_placeholder(b"26719a1196d2a940705a59634eb18eac"));
        // An OpenTravel message's echo token is a correlation id; the AWS CLI's starting token
        // is a page cursor.
        assert!(!name_may_hold_secret(b"EchoToken"));
        assert!(!name_may_hold_secret(b"--starting-token"));
        assert!(name_may_hold_secret(b"AccessToken"));
        assert!(names_credential(b"AccessKeyValue"));
        assert!(names_credential(b"access_key_value"));
        // A token body behind a short prefix is no dotted name; `os.environ` and hosts are.
        // keyhook:allow-next-line=wyze-token (made-up token)
        let wyze = b"lvtx.a-axjJ1JDq9NQcgkmQRAM3PNyn5oza-q4zKc2C_cwCUV";
        assert!(!is_dotted_name(wyze));
        assert!(is_dotted_name(b"os.environ"));
        assert!(is_dotted_name(b"api.example.com"));
        // Base64 JSON that is no JWT (ring-client-api's refresh token) is a credential; a JWT's
        // header alone is not.
        assert!(is_base64_json_credential(
            // keyhook:allow-next-line=ring-refresh-token (made-up token)
            b"eyJydCI6IjEvUTNxSGZrYjVxV0R4Q0p6Rmd0VjhtTlBrTHdZc0UyYVJ1NnJHZEJoOUtvWTdpcVgwbFMiLCJoaWQiOiJmNGMyOWIzYWU3ZDE0MDg2In0="
        ));
        assert!(!is_base64_json_credential(
            b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
        ));
        // Up to three lower-case words are an identifier in a password's place; four are a
        // passphrase.
        assert!(!typed_in_password_slot(b"user_name"));
        assert!(!typed_in_password_slot(b"api_token"));
        assert!(!typed_in_password_slot(b"2023-07-27T00:00:00"));
        assert!(!typed_in_password_slot(b"ENVELOPED=NO"));
        assert!(!typed_in_password_slot(b"2024-01-05T10:22:31.5Z"));
        assert!(typed_in_password_slot(b"2023-Summer!x"));
        assert!(typed_in_password_slot(b"pickle-copper-harness-cobalt"));
        // A host's name is no password; words and dots ending in digits may be one.
        assert!(!typed_in_password_slot(b"mqtt.acme-labs.io"));
        assert!(typed_in_password_slot(b"juniper.closing.willow82"));
        assert!(typed_in_password_slot(b"night_hazel6210"));
    }

    #[test]
    fn twenty_seventh_session_examples_and_names() {
        // A build's token filter with doubled delimiters is a reference, as single ones are.
        assert!(is_reference(b"@@API_KEY@@"));
        assert!(is_reference(b"admin:$PHONE_ADMIN_PW"));
        assert!(!is_reference(b"admin:Tr4ck-Mole-92"));
        assert!(is_reference(b"@keychain:AC_PASSWORD"));
        assert!(is_reference(b"%%DB_PASSWORD%%"));
        assert!(is_reference(b"@API_KEY@"));
        assert!(!is_reference(b"@@not a name@@"));
        assert!(is_reference(b"__SECRET__"));
        assert!(!is_reference(b"__init__"));
        // Bank-Vaults' reference; a Vault transit ciphertext is no reference.
        assert!(is_reference(b"vault:secret/data/extensions/pocket#value"));
        assert!(!is_reference(
            b"vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w=="
        ));
        // One RSA-2048 block in base64 (WSO2's cipher tool); 64 random bytes are no such block.
        let block = "QUJD".repeat(85) + "QQ==";
        assert!(is_rsa_ciphertext_base64(block.as_bytes()));
        assert!(!is_rsa_ciphertext_base64("QUJD".repeat(22).as_bytes()));
        // Published examples: the Standard Webhooks test vector, Slack's signing example and
        // the Telegram Bot API documentation's token.
        assert!(is_placeholder(b"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assert!(is_placeholder(b"8f742231b10e8888abcd99yyyzzz85a5"));
        assert!(is_placeholder(
            b"110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
        ));
        // An order's key identifies the order.
        assert!(!name_may_hold_secret(b"orderKey"));
        assert!(!name_may_hold_secret(b"order_key"));
        // An S3-style id under an access-key name is the public half; the secret key is not.
        assert!(is_s3_access_key_id(
            b"storage.s3.access-key",
            b"OAELP204V4O135S424XY"
        ));
        assert!(is_s3_access_key_id(b"accessKey", b"94D5AMHJGHRCXGV9E9EC"));
        assert!(!is_s3_access_key_id(
            b"secret_access_key",
            b"OAELP204V4O135S424XY"
        ));
        assert!(!is_s3_access_key_id(
            b"access_key",
            b"9f68ea80969546d641553aa34dc185f8"
        ));
        // "Password" in German names a label (`AS2-Kennwort ungültig`), as in English.
        assert!(names_itself(b"as2-kennwort"));
        assert!(names_itself(b"as2-password"));
    }

    #[test]
    fn twenty_eighth_session_examples_and_names() {
        // SolarEdge's documented example key.
        assert!(is_placeholder(b"L4QLVQ1LOKCQX2193VSEICXW61NP6B1O"));
        // The slot's name with "my" in front; a typed value that starts with "my" is no slot.
        assert!(is_placeholder(b"my-api-token"));
        assert!(is_placeholder(b"my_secret_key"));
        assert!(!is_placeholder(b"myQ7vk2Token"));
        assert!(!is_placeholder(b"mystery-garden"));
        // A RADIUS packet's own digest and a TPM's endorsement key (public).
        assert!(!name_may_hold_secret(b"Message-Authenticator"));
        assert!(!name_may_hold_secret(b"endorsement_key"));
        assert!(name_may_hold_secret(b"authenticator_secret"));

        // `guid` inside a word is no id; `hockey` says no key.
        assert!(name_may_hold_secret(b"GUIDEWIRE_PASSWORD"));
        assert!(!name_may_hold_secret(b"user_guid"));
        assert!(plausible_password(b"batman69hockey"));
        assert!(!plausible_password(b"grafana-server.*"));
        // A secret store's reference by scheme and path; a password with a colon is none.
        assert!(is_reference(b"secretref://frappe/frappe_encryption_key"));
        assert!(is_reference(b"sops:dolibarr/smtp_pw"));
        assert!(!is_reference(b"https://example.com/x"));
        assert!(!is_reference(b"Tundra:Walrus/88"));
        assert!(plausible_password(b"OrchidKoala1.*"));
        // RACF's short passwords; not a sequence, a word or a number.
        assert!(plausible_password(b"AUG52Y"));
        assert!(plausible_password(b"KOAL3@"));
        assert!(!plausible_password(b"ABC123"));
        assert!(!plausible_password(b"SECRET"));
        assert!(!plausible_password(b"123456"));
        assert!(is_spaced_passphrase(b"Walnut juniper sparrow quartz 125?"));
        // Published client ids: GA4, ORCID, Roboflow's publishable key; Typeform's documented
        // token.
        assert!(is_public_id(b"G-NYGHP92OY1"));
        assert!(is_public_id(b"APP-L8O9U0OE4PJ4LFAB"));
        assert!(is_public_id(b"rf_xFuwxJVdbK7Px7wBoJRWUCIdPkOz"));
        assert!(!is_public_id(b"G-NYGHP92OY1x"));
        assert!(is_placeholder(
            b"tfp_943af478d3ff3d4d760020c11af102b79c440513"
        ));
        assert!(is_placeholder(b"notarealtoken_9f3k2"));
        // A bcrypt hash in base64 (Gatus's `password-bcrypt-base64`).
        assert!(encodes_password_hashes(
            b"JDJhJDExJFhSam83bXAuSFNuZFQxM2VVZFRSVVlEN29qVi5nOHJvMnNXNjJsdDhXVXc2OUk4dDJNbVZs"
        ));
        // Dotted, as people type passwords; not code's dotted names.
        for typed in [
            "graz.W4lrus3",
            "MAP.tundra52Onyx",
            "lisa.h68q_CQ4G",
            "Pebble.nectar.Orchid30_",
            "LEM9n5ynv.Shadow",
        ] {
            assert!(plausible_password(typed.as_bytes()), "{typed}");
        }
        for code in [
            "i18n.login.label",
            "db.utf8mb4.collation",
            "k8s.v1beta1.Secret",
            "hashlib.sha256sum",
            "clients.oauth2Client",
            "base64.b64encode",
        ] {
            assert!(!plausible_password(code.as_bytes()), "{code}");
        }
    }

    #[test]
    fn livekit_api_keys_are_ids() {
        assert!(is_public_id(b"APIcH9NrIvfxFj1"));
        assert!(!is_public_id(b"APIcH9NrIvfxFj1x"));
        assert!(!is_public_id(b"APIKEYVALUE1234"));
    }

    #[test]
    fn ibans_and_signature_digests_are_no_secrets() {
        assert!(is_iban(b"GB82WEST12345698765432"));
        assert!(is_iban(b"DE89370400440532013000"));
        assert!(!is_iban(b"GB82WEST12345698765433"));
        assert!(!is_iban(b"AB12kQ7vL2xWm9pZr4Tt"));
        // (A key whose check sum happens to fit, without a country's length.)
        assert!(!is_iban(b"BD471A3611646B64C52C3592AAF32BA3"));
        assert!(is_signature_digest(
            b"\"Authorization\": \"Signature ",
            b"61516f180595e62534efea6b3e0e602fc5a94665"
        ));
        assert!(!is_signature_digest(
            b"Authorization: Bearer ",
            b"61516f180595e62534efea6b3e0e602fc5a94665"
        ));
    }

    #[test]
    fn a_key_beside_its_named_secret_is_the_id_half() {
        let lines: Vec<&[u8]> = vec![
            b"LASTFM_API_KEY = \"b725c8b45473884fa54cae73eefe5384\"",
            b"LASTFM_API_SECRET = os.environ[\"LASTFM_API_SECRET\"]",
            b"config = {'access_key': 'd860c3b8fc953f6f790abb2efb8ea2b1',",
            b"          'access_secret': ''}",
        ];
        assert!(is_key_half_of_pair(b"LASTFM_API_KEY", &lines, 0));
        assert!(is_key_half_of_pair(b"access_key", &lines, 2));
        // A secret only mentioned (a docstring, a Kubernetes object's name) pairs nothing; nor
        // does Django's SECRET_KEY beside a bare API_KEY.
        let lines: Vec<&[u8]> = vec![
            b"  name: ark-secret",
            b"\"\"\"Signed with the shared secret.\"\"\"",
            b"SECRET_KEY = os.environ['DJANGO_SECRET_KEY']",
            b"  ARK_API_KEY: \"<the key>\"",
            b"API_KEY = \"<the key>\"",
        ];
        assert!(!is_key_half_of_pair(b"ARK_API_KEY", &lines, 3));
        assert!(!is_key_half_of_pair(b"API_KEY", &lines, 4));
        // The secret's name as a list item's `name`, as the variable a value reads, bare
        // (`SDK_SECRET` beside `ZOOM_SDK_KEY`), or on the same line (a log's `KEY=… SECRET=****`).
        let lines: Vec<&[u8]> = vec![
            b"  - name: LIVEKIT_API_KEY",
            b"    value: <the key>",
            b"  - name: LIVEKIT_API_SECRET",
            b"zoom:",
            b"  sdkKey: <the key>",
            b"  sdkSigKey: '${ZOOM_MEETING_SDK_SECRET}'",
            b"  - ZOOM_SDK_KEY=<the key>",
            b"  - SDK_SECRET=0000",
            b"loaded: HMS_ACCESS_KEY=<the key> HMS_APP_SECRET=****",
        ];
        assert!(is_key_half_of_pair(b"LIVEKIT_API_KEY", &lines, 1));
        assert!(is_key_half_of_pair(b"sdkKey", &lines, 4));
        assert!(is_key_half_of_pair(b"ZOOM_SDK_KEY", &lines, 6));
        assert!(is_key_half_of_pair(b"HMS_ACCESS_KEY", &[lines[8]], 0));
        // A bare partner pairs only as the whole name: `PAYMENT_API_SECRET` is another
        // provider's secret, not the weather key's.
        let lines: Vec<&[u8]> = vec![
            b"WEATHER_API_KEY = \"<the key>\"",
            b"PAYMENT_API_SECRET = os.environ[\"PAYMENT_API_SECRET\"]",
        ];
        assert!(!is_key_half_of_pair(b"WEATHER_API_KEY", &lines, 0));
        // A bare `key` beside a bare `secret` of its own block only.
        let lines: Vec<&[u8]> = vec![
            b"fs = s3fs.S3FileSystem(",
            b"    key=\"<the key>\",",
            b"    secret=\"put-your-secret-here\")",
            b"key: <the key>",
            b"client_secret: <the secret>",
            b"  'mailgun' => [",
            b"    'secret' => env('MAILGUN_SECRET'),",
            b"  ],",
            b"  'neverbounce' => [",
            b"    'key' => '<the key>',",
        ];
        assert!(is_key_half_of_pair(b"key", &lines, 1));
        assert!(!is_key_half_of_pair(b"key", &lines[3..5], 0));
        assert!(!is_key_half_of_pair(b"key", &lines[5..], 4));
    }

    #[test]
    fn percent_decoded_maps_back_to_the_line() {
        let line = b"url=https://t.example/{z}?token%3DAbC%2B9%26size%3D256";
        let (text, at) = percent_decoded(line).expect("has an escaped =");
        assert_eq!(text, b"url=https://t.example/{z}?token=AbC+9&size=256");
        let k = text.iter().position(|&b| b == b'A').unwrap();
        assert_eq!(&line[at[k]..at[k + 5]], b"AbC%2B9");
        assert_eq!(at[text.len()], line.len());
        // No escaped `=`: no query string to decode; a stray `%` at the end is kept.
        assert!(percent_decoded(b"discount = 20%2").is_none());
        assert_eq!(percent_decoded(b"a%3Db%").unwrap().0, b"a=b%");
    }

    #[test]
    fn twenty_third_session_filters() {
        // PBKDF2 as `<digest>:<iterations>:<salt>:<hash>`; not a password with colons.
        assert!(is_password_hash(
            b"sha256:100000:bnBrXPTSHhX+021Vj6KqWA==:xdQSDz3aQ3LwrccZZwYIjt8BT15wYLQkRloKBN82b8M="
        ));
        assert!(!is_password_hash(b"sha256:Zq8vN3kL0pW7rT2mXc5B"));
        assert!(!is_password_hash(b"sha256:1:2:3"));
        assert!(is_password_hash(b"$P$BJmDV9TpFu6bDXLv0JFYjzF1KEbg0eJ"));
        // Basic auth with an API key as the user name and no password is the key; an empty
        // password after a user name is no credential.
        assert!(!encodes_placeholder_text(
            b"YXBpXzUxbjByd0ZDVHpLVXc2am83b2JWTXouRDVYSGNldjd2QWZSNzdSbU51M09TTDo="
        ));
        assert!(encodes_placeholder_text(b"YWRtaW5pc3RyYXRvcjo="));
        // `user:password`, `elastic:password`.
        assert!(encodes_placeholder_text(b"dXNlcjpwYXNzd29yZA=="));
        assert!(encodes_placeholder_text(b"ZWxhc3RpYzpwYXNzd29yZA=="));
        // SASL PLAIN: `\0notifier\0changeme`, `\0helpdesk\0PROTECTED`; not a real password.
        assert!(encodes_placeholder_text(b"AG5vdGlmaWVyAGNoYW5nZW1l"));
        assert!(encodes_placeholder_text(b"AGhlbHBkZXNrAFBST1RFQ1RFRA=="));
        // keyhook:allow-next-line (made-up test value)
        assert!(!encodes_placeholder_text(b"AGNpAEJydW1hUGluZ3Vpbi04NA=="));
        // `test\0test\01234`: too short to be a password.
        assert!(encodes_placeholder_text(b"dGVzdAB0ZXN0ADEyMzQ="));
        // Data Loader's hex ciphertext under `sfdc.password`; not under another name.
        assert!(is_data_loader_ciphertext(
            b"sfdc.password",
            b"f01717a485ff7df6fbe28c610a60b66f"
        ));
        assert!(!is_data_loader_ciphertext(
            b"db.password",
            b"f01717a485ff7df6fbe28c610a60b66f"
        ));
        // Generated passwords in groups (Safari's, a password manager's).
        assert!(plausible_password(b"MNelXh-ueLJcB-NIWbBm"));
        assert!(plausible_password(b"tgjp-XHFC-aOnf"));
        assert!(!plausible_password(b"Alpha-Bravo-Delta"));
        assert!(!plausible_password(b"main-TEST-data"));
        // "Your password" in other languages.
        assert!(is_placeholder(b"VotreMotDePasse"));
        assert!(is_placeholder(b"tu_contrasena"));
        assert!(is_placeholder(b"votre_cle_api"));
        assert!(!is_placeholder(b"Votrex9Lm2Qw"));
        // unattend.xml's encoding of an empty password (`AdministratorPassword`, `Password`).
        assert!(is_placeholder(
            b"QQBkAG0AaQBuAGkAcwB0AHIAYQB0AG8AcgBQAGEAcwBzAHcAbwByAGQA"
        ));
        assert!(is_placeholder(b"UABhAHMAcwB3AG8AcgBkAA=="));
        // 32 random upper-case letters (VNPay's hash secret); not words in capitals.
        assert!(looks_random(b"XZJFSMLJDMZUJLCIZCJJNTAWKXQNDPIC"));
        // Typed: words and a number with a letter after it, a word after a number.
        assert!(word_dot_number(b"Jaguar.Cobalt.Bison.48q"));
        assert!(word_dot_number(b"Garrafa.520sev-"));
        assert!(!word_dot_number(b"config.v2beta"));
        assert!(!looks_random(b"THEQUICKBROWNFOXJUMPSOVERTHELAZYDOG"));
        assert!(!looks_random(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        assert!(is_password_hash(
            b"$wp$2y$10$IR751TrAh5Vd/9tL5k3n857XPZgrmJjLXestzZgrZfyFWQPhXx1Bk"
        ));
        assert!(is_password_hash(
            b"digest1:t+7FPP8eElHi/pBYW1oQK7yusxcOGcy6UicpdYbur3YV3WCz7rzaXOpmd"
        ));
        // Masked values.
        assert!(is_placeholder(b"***hidden***"));
        assert!(is_placeholder(b"**removed**"));
        assert!(!is_placeholder(b"**Zq8vN3kL0pW7**"));
        // Published examples: Pushover's API documentation token.
        assert!(is_placeholder(b"azGDORePK8gMaC0QOYAMyEEuzJnyUi"));
    }

    #[test]
    fn twenty_second_session_filters() {
        // LaunchDarkly's mobile key ships in apps; its server key does not.
        assert!(is_public_id(b"mob-47cd398d-70a0-498b-a840-cd8cd330dbd3"));
        // keyhook:allow-next-line=launchdarkly-key (made-up value)
        assert!(!is_public_id(b"sdk-47cd398d-70a0-498b-a840-cd8cd330dbd3"));
        assert!(comment_says_public(b"apiKey: 'x', // search-only", 11));
        assert!(public_in_app(b"x", b"rg4js('apiKey', '", false));
        assert!(is_placeholder(b"b4c0n73n7fu1"));
        assert!(is_reference(b"env:DB_PASSWORD"));
        assert!(is_reference(
            b"projects/acme/secrets/db-password/versions/latest"
        ));
        assert!(!is_reference(b"env:x9Kq2mLp7Vz"));
        assert_eq!(flat_lower(b"VITE_Algolia-Key"), b"vitealgoliakey");
    }

    #[test]
    fn twenty_first_session_filters() {
        assert!(is_placeholder(b"SET_IN_VAULT"));
        let bearer = b"Authorization: Bearer P2QYPL64IRE8IIEUWYZ:${DESCOPE_MGMT_KEY}";
        assert!(pair_secret_is_reference(bearer, 41));
        assert!(!pair_secret_is_reference(
            b"-u \"0oamn83xW5Lk:Tq9vN3kL0pW7rT2m\"",
            16
        ));
        assert!(is_placeholder(b"not-a-real-token"));
        assert!(is_ciphertext(b"{vMi+hzP/dI/PjPCzN3R4/iAUsfnG/gQS}"));
        let ircd = b"password \"23b2f069aea9afda23801b8511dcb966\" { sslclientcertfp; };";
        assert!(unrealircd_auth_type_not_plain(ircd, 42));
        assert!(!unrealircd_auth_type_not_plain(
            b"password \"xxxxxxxxxxxxxxxx\";",
            26
        ));
        assert!(is_placeholder(b"TT_ACCOUNT_ID=5WT82395"));
        assert!(is_public_id(b"F7LPWz.B608nd:"));
        assert!(!is_public_id(
            // keyhook:allow-next-line=ably-api-key-in-ably-code (made-up value)
            b"F7LPWz.B608nd:V6HQ-JWduffOwRdokazJOKgMXXDBSia6vRMXs31ChFE"
        ));
        assert!(is_placeholder(b"***masked***"));
        assert!(is_placeholder(b"TODO-set-in-vault"));
        assert!(!is_placeholder(b"HARBOR_CORAL_03"));
        assert!(!name_may_hold_secret(b"OK-ACCESS-SIGN"));
        assert!(!name_may_hold_secret(b"X-Hub-Signature"));
        assert!(name_may_hold_secret(b"SIGN_SECRET"));
        // A JWT issued by `https://login.example.com/` is a documentation example.
        let doc = b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLmV4YW1wbGUuY29tLyIsInN1YiI6ImF1dGgwfDEyMyJ9.c2lnbmF0dXJl";
        assert!(is_example_jwt(doc));
        // `https://login.myexample.com/` is not a reserved domain.
        let real = b"eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm15ZXhhbXBsZS5jb20vIn0.c2lnbmF0dXJl";
        assert!(!is_example_jwt(real));
        // A Mailgun webhook's signature object: its token is a nonce.
        let lines: Vec<&[u8]> = vec![
            b"\"signature\": {",
            b"  \"timestamp\": \"1719827478\",",
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            b"  \"token\": \"9e882d620ef420d3de1caaaecf8bb3e167acb17754cd96de30\",",
            b"  \"signature\": \"4f2c\"",
        ];
        let nonce = b"9e882d620ef420d3de1caaaecf8bb3e167acb17754cd96de30";
        assert!(is_webhook_signature_token(b"token", nonce, &lines, 2));
        assert!(!is_webhook_signature_token(
            b"token",
            nonce,
            &lines[2..3],
            0
        ));
        // A URL's `//` opens no comment: `/public/` in its path says nothing of the value.
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let line = b"def __init__(self, api_secret=\"16fb442924fe6b02\", base_url=\"https://api.3commas.io/public/api\"):";
        assert!(!comment_says_public(line, 48));
        assert!(comment_says_public(
            b"key = \"abc\" // public key, safe to ship",
            11
        ));
        // An ingress-nginx basic-auth Secret's `auth`: base64 of htpasswd lines (user and hash).
        let htpasswd = b"YWRtaW46JDJ5JDEyJFFOOW1vbnZHUWZlYzBVVUFWQ0ZHV1pvZ3hpRXo1ZjJRRmcuL0pOTHJCL3k4VE9DamNydVBUCg==";
        assert!(encodes_password_hashes(htpasswd));
        // base64 of `deploy:Tq9vN3kL0pW7rT2m`: a password, not a hash.
        assert!(!encodes_password_hashes(
            b"ZGVwbG95OlRxOXZOM2tMMHBXN3JUMm0="
        ));
        assert!(!encodes_password_hashes(b"Tq9vN3kL0pW7rT2mXc5BqL8wZ4nR"));
        // A PGP fingerprint under a signing-key name names a key; a passphrase's value does not.
        let fpr = b"367F9A222ADE442D4ADE77052AA5C3F51AA183A4";
        assert!(is_signing_key_id(b"SIGNING_KEY", fpr));
        assert!(is_signing_key_id(b"GPG_KEY_ID", b"612510DA5649DBAA"));
        assert!(!is_signing_key_id(b"GPG_PASSPHRASE", fpr));
        assert!(!is_signing_key_id(
            b"SIGNING_KEY",
            b"367f9a222ade442d4ade77052aa5c3f51aa183a4"
        ));
        assert!(!is_signing_key_id(b"API_KEY", fpr));
        // InspIRCd stores an oper's password hashed when the element says `hash="sha256"`.
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let oper = b"<oper name=\"greta\" hash=\"sha256\" password=\"49367fa9e514bd936e022be01ae450c123b4467bf47f6f99096f1188902a0cc5\" host=\"*@10.20.*\">";
        let at = oper.windows(6).position(|w| w == b"49367f").expect("value");
        assert!(in_hashed_element(oper, at, at + 64));
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let plain = b"<oper name=\"greta\" password=\"Tq9vN3kL0pW7rT2m\" host=\"*@10.20.*\">";
        let at = plain
            .windows(6)
            .position(|w| w == b"Tq9vN3")
            .expect("value");
        assert!(!in_hashed_element(plain, at, at + 16));
    }

    #[test]
    fn twentieth_session_filters() {
        // App passwords: random lower-case letters, whole or in fours; words are not.
        assert!(is_app_password(b"hpnlnbnubadnzhpb"));
        assert!(is_app_password(b"gwzr meah fgos bkdw"));
        assert!(is_app_password(b"vsso-vopy-wcvn-fmyv"));
        assert!(!is_app_password(b"correcthorsebatt"));
        assert!(is_app_password(b"exei-qcap-raci-lndb"));
        assert!(has_app_password_shape(b"correcthorsebatt"));
        assert!(!has_app_password_shape(b"Correcthorsebatt"));
        // Wi-Fi passphrases with spaces.
        assert!(is_spaced_passphrase(b"Riga canyon 1995"));
        assert!(is_spaced_passphrase(b"tundra violet canyon otter90"));
        assert!(!is_spaced_passphrase(b"see the docs"));
        assert!(is_spaced_passphrase(b"a quiet heron 1987"));
        assert!(is_spaced_passphrase(b"my kiwi eats 22 limes"));
        assert!(!is_spaced_passphrase(b"see a doc"));
        assert!(!is_spaced_passphrase(b"changeme"));
        // A CDN's signed URL token is a signature; a bare `token=` is not.
        let signed = b"src=\"https://x.b-cdn.net/v/1.mp4?token=TqydFSPsIj3k&expires=1747452202\"";
        let at = signed.windows(6).position(|w| w == b"token=").unwrap_or(0);
        assert!(is_signed_url_token(signed, at..at + 5, at + 18));
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let bare = b"src=\"https://x.example.net/v/1.mp4?token=TqydFSPsIj3k\"";
        let at = bare.windows(6).position(|w| w == b"token=").unwrap_or(0);
        assert!(!is_signed_url_token(bare, at..at + 5, at + 18));
        assert!(comment_says_public(
            b"key: 'abc', // Web\xe7\xab\xaf(JS API) Key",
            11
        ));
        assert!(!comment_says_public(b"key: 'abc', // rotate yearly", 11));
        assert!(opens_auth_object(b"value='{\"auth\": {\""));
        assert!(!opens_auth_object(b"{\"config\": {\""));
        // Ciphertext and placeholders of the secret stores' exports.
        assert!(is_ciphertext(
            b"2.Q5wBcAwVg3UF2XLyGkGJ7Q==|gHosc4lZRASx7Hxp3gGcgsbb+yV7++elLeNDjGlqWno=|yzHnZ2wRO9tb+wZ2bGepQw=="
        ));
        assert!(is_ciphertext(
            b"{AQAAABAAAAAwaableY/A4Xusv5KQOnJ2aIX48waPsO6RW7WQAUZMyEC}"
        ));
        assert!(is_placeholder(b"(hidden)"));
        assert!(is_placeholder(b"[redacted]"));
        assert!(is_placeholder(b"ZGV2LW9ubHk="));
        assert!(!is_placeholder(b"VHIwdWI0ZG9yJjN4"));
        assert!(is_placeholder(
            b"MzY1MzBiZGUtMGMxOC00NzQ5LWIyZWMtMzdmZGY4MDgyMzNhfHJlYWQtb25seQ=="
        ));
        assert!(!looks_random(
            b"originals/4b/09/a9ba732bc352f02ebeb08c5fbf0b4e4f"
        ));
        assert!(!looks_random(b"0x55ede34082408c575b13"));
    }

    #[test]
    fn identifiers_with_acronyms_and_short_words() {
        for word in [
            "HTMLUnknownElement",
            "getTransitionsOnSymbol",
            "_onMouseDown",
            "onKeyDown",
            "XMLHttpRequest",
        ] {
            assert!(is_identifier_with_acronyms(word.as_bytes()), "{word}");
        }
        for value in [
            "kQrapzJUKIAFYabc",
            "QwErTyUiOpAsDf",
            "MyDogIsRex",
            "Xq8vTn3LzR5wKp",
        ] {
            assert!(!is_identifier_with_acronyms(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn code_expressions_in_minified_bundles() {
        let at = |line: &str, value: &str| {
            let start = line.find(value).unwrap();
            is_code_expression(line.as_bytes(), start, start + value.len())
        };
        assert!(at("if(i)o.key=s.C0.ESC+i;", "s.C0.ESC+i"));
        assert!(at("this.token.lookAhead=this.pos+1", "this.pos+1"));
        assert!(at("\"password\"===e.type", "==e.type"));
        assert!(at(
            "type PassphraseBlob = Buffer|Uint8Array|Blob",
            "Buffer|Uint8Array|Blob"
        ));
        assert!(at(
            "    KdcAdminPassword: XmlStringMaxLen256;",
            "XmlStringMaxLen256"
        ));
        // Passwords with a dot or an `=` up front, and quoted literals, are values.
        assert!(!at(
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            "Password=r.a87XYM3i4nZtsMvxGa;",
            "r.a87XYM3i4nZtsMvxGa"
        ));
        assert!(!at(
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            "password = =AsZZgH6ulv9R=oHswf2",
            "=AsZZgH6ulv9R=oHswf2"
        ));
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        assert!(!at("key = \"s.C0.ESC+i\"", "s.C0.ESC+i"));
    }

    #[test]
    fn hashes_ciphertext_versions_and_addresses() {
        assert!(is_password_hash(
            b"{7ce7ac2b71624b58dfb8694aa5f6968e9201d8eaxmdbn8z4"
        ));
        assert!(is_ciphertext(
            b"{VesIzvNCes4a6KLU3QibzRXjxzAG4143+6C/6pW0hikxaq4m3FKdfe1f+vT8g+ts}"
        ));
        assert!(!is_ciphertext(b"{not base64 at all}"));
        assert!(is_ciphertext(
            &[b"wcFMA7DMUT0VluXnGS".as_slice(), &[b'A'; 100]].concat()
        ));
        assert!(is_labelled_digest(
            b"hmac-sha256:de37e8579325439432d69de37e8579325439432d69de37e8579325439432d691"
                .split_at(76)
                .0
        ));
        assert!(is_version(b"13.0.0-next-8.29") && !is_version(b"13.0-next"));
        assert!(is_email(b"oskar@mirafleet.com") && !is_email(b"p@ssw0rd!"));
        assert!(is_public_id(
            b"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
        ));
    }

    #[test]
    fn names_that_hold_passwords() {
        for name in [
            "PW",
            "db_pw",
            "smtpPw",
            "wpa2-pre-shared-key",
            "WPA_PSK",
            "wifiPsk",
            "ldap_bindpw",
            "$conf['ldap']['bindpw']",
        ] {
            assert!(names_password(name.as_bytes()), "{name}");
        }
        for name in ["internalPropsKey", "pwm_pin", "keyPwr", "bindpwm"] {
            assert!(!names_password(name.as_bytes()), "{name}");
        }
        assert_eq!(
            assigned_name(b"TWILIO_TRACE_ID = \"654b\"", 19),
            Some(&b"TWILIO_TRACE_ID"[..])
        );
    }

    #[test]
    fn camel_case_words_are_identifiers() {
        for word in [
            "DesignAutomation",
            "contentSecurityPolicy",
            "AccessTokenProvider",
            "_SixIntTuple",
            "getXmlHttp",
        ] {
            assert!(is_camel_case_words(word.as_bytes()), "{word}");
        }
        // Random letters, digits, a single word, short humps.
        for value in [
            "kQrapzJUKIAFYabc",
            "ldFD0gpvTQk7Mwvi",
            "Automation",
            "AbCdEfGhIj",
        ] {
            assert!(!is_camel_case_words(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn base64_of_placeholder_text_is_a_placeholder() {
        // "isaacs:not my real password", "not my real password", "user:your-password-here".
        for value in [
            "aXNhYWNzOm5vdCBteSByZWFsIHBhc3N3b3Jk",
            "bm90IG15IHJlYWwgcGFzc3dvcmQ=",
            "dXNlcjp5b3VyLXBhc3N3b3JkLWhlcmU=",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        // Real-looking credentials, encoded or not ("ci-bot:Tq9vN3kL0pW7rT2m").
        for value in ["Y2ktYm90OlRxOXZOM2tMMHBXN3JUMm0=", "Tq9vN3kL0pW7rT2mXc5B"] {
            assert!(!is_placeholder(value.as_bytes()), "{value}");
        }
    }

    #[test]
    fn masks_encoded_placeholders_and_pinned_digests_are_not_secrets() {
        for value in [
            "[FILTERED]",
            "[REDACTED]",
            // base64 of `<SHOPIFY_API_SECRET>`, `admin:***`, `sven:TODO`, `ci:glpat-<token>`
            "PFNIT1BJRllfQVBJX1NFQ1JFVD4=",
            "YWRtaW46Kioq",
            "c3ZlbjpUT0RP",
            "cXVlbnRpbi1jaTpnbHBhdC08dG9rZW4+",
            "op://Production/Inventory/credential",
            // base64 of `[FILTERED]`
            "W0ZJTFRFUkVEXQ==",
            // base64 of `ghp_...`
            "Z2hwXy4uLg==",
            "set-me",
            "\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}ple5",
            "postgres://analytics:***@search-postgres.data.svc:5432/app",
        ] {
            assert!(is_placeholder(value.as_bytes()), "{value}");
        }
        // base64 of `deploy:Tq9vN3kL0pW7rT2m`: a real-looking password.
        assert!(!is_placeholder(b"ZGVwbG95OlRxOXZOM2tMMHBXN3JUMm0="));
        assert!(!is_placeholder(b"[Tq9vN3kL0pW7rT2m]x"));
        // Decodes as far as its first `=` to `+:u`; not base64 of anything.
        assert!(!is_placeholder(b"Kzp1=k4eDVfRu?J%sU.tQ*y"));
        assert!(is_labelled_digest(
            b"nginx@sha256:176f2e5921168934ef9e7e516c6e2c55e1060711d5ae33d1ffa0e40583533959"
        ));
        assert!(!is_labelled_digest(b"deploy@Tq9vN3kL0pW7rT2mXc5BhQzL"));
        assert!(is_labelled_digest(
            b"Linux-node-840294f823d7f2f62e199149d3e074733914308b6ff5a82857314d09119ea6c0"
        ));
        assert!(!is_labelled_digest(
            b"prod-840294f823d7f2f62e199149d3e074733914308b6ff5a82857314d09119ea6c0"
        ));
    }

    #[test]
    fn names_of_hosts_users_and_certificates_hold_no_secret() {
        for name in [
            "RABBITMQ_HOST",
            "MAIL_USERNAME",
            "ca.crt",
            "smtpUser",
            "DB_NAME",
            "db",
        ] {
            assert!(names_another_value(name.as_bytes()), "{name}");
        }
        for name in [
            "DB_PASSWORD",
            "tls.key",
            "superuser_token",
            "hostKey",
            "ADMIN_USER_PASS",
        ] {
            assert!(!names_another_value(name.as_bytes()), "{name}");
        }
        assert!(key_names_no_secret(b"azure-tenant-id"));
        assert!(!key_names_no_secret(b"azure-client-secret"));
    }

    #[test]
    fn typed_passwords_are_not_flags_variables_or_option_lists() {
        assert!(plausible_password(b"Summer2024!"));
        // A word and a number with a dot in them is still typed, unless the number is a width.
        assert!(plausible_password(b"Welcome21.Quentin"));
        assert!(plausible_password(b"Fall2018.Prod"));
        assert!(plausible_password(b"zebraRiver.744"));
        assert!(plausible_password(b"Margie.Apr73"));
        // Words and a year joined by dots; three digits counting up at the end of a password,
        // but not four, and not letters and digits that both count up.
        assert!(plausible_password(b"Falcon.Baltic.2020"));
        assert!(plausible_password(b"nightowl.thistle.1981"));
        assert!(plausible_password(b"Gdansk0Mosaic+12"));
        assert!(!plausible_password(b"Winter#1234"));
        assert!(!plausible_password(b"A1b2c3d4!"));
        // Letters in random case, alone or after words.
        assert!(plausible_password(b"pTyDDhHdqKxefoZ"));
        assert!(plausible_password(b"inventory_preprod_ApXdThar"));
        assert!(plausible_password(b"MFIwqpnBZKkhQ"));
        assert!(plausible_password(b"ingest_production_CTRhQJJd"));
        for value in [
            "MyPasswordIsLong",
            "ADMINISTRATOR",
            "SomeServiceName",
            "getPasswordFromVault",
        ] {
            assert!(!plausible_password(value.as_bytes()), "{value}");
        }
        for value in [
            "Base64.Encoder",
            "Sha256.Digest",
            "config.database",
            "--inputbox",
            "$CPAN::Config-",
            "$cfg->{pass}",
            "scmVersion=",
        ] {
            assert!(!plausible_password(value.as_bytes()), "{value}");
        }
        assert!(!name_may_hold_secret(
            b"keystore.pkcs12.keyProtectionAlgorithm"
        ));
        assert!(!name_may_hold_secret(b"password_encryption"));
        // A non-secret word names the value only after the secret word.
        assert!(name_may_hold_secret(b"Cache:RedisPassword"));
        assert!(name_may_hold_secret(b"keychain_pw"));
        // `url` before the secret word is a namespace; after it, the value is an address.
        assert!(name_may_hold_secret(b"URL_SIGNING_SECRET"));
        assert!(!name_may_hold_secret(b"TOKEN_URL"));
        assert!(!name_may_hold_secret(b"authorName"));
        assert!(!name_may_hold_secret(b"keychain_name"));
        assert!(name_may_hold_secret(b"cache_redis_password"));
        for name in ["TOKEN_CACHE", "cache_key", "password_hash", "token_type"] {
            assert!(!name_may_hold_secret(name.as_bytes()), "{name}");
        }
        assert!(name_may_hold_secret(b"apiKey"));
    }

    #[test]
    fn token_names_hold_token_shaped_values() {
        for (name, value, next) in [
            ("API_KEY", "rWE8_0axy6Fvw40RE8tsNS3L7zBU5vAhEnW4hq9G", None),
            ("sig", "WSdF9YeZhvrbs%2B%2B1f8Zd", Some(b'&')),
            ("DB_PASSWORD", "q8Z!v3@Lk29#Wm4", Some(b'"')),
            ("pwd", "hal+9ooo_da!sY", None),
            ("SECRET_KEY", "django-insecure-9z#k!2m@x$", None),
        ] {
            assert!(
                value_fits_name(name.as_bytes(), value.as_bytes(), None, next),
                "{name}={value}"
            );
        }
        for (name, value, next) in [
            ("API_KEY", "WAgP6m4gYc1qe$HnjWAAF5HBKL%i6kwrsbD", None),
            ("Key", "KRXaU9GK3f", Some(b'[')),
            ("token", "Rzxc#0987$%bv1234poiu6749gtnrfv54", None),
            ("apiKey", "rc6iLoUEFGGAWNLsuBJnmsh4tZB@oCxcDUmc45HI", None),
            (
                "luno key",
                "=XyDP7rTIaP622RZTmvzM29VsNc9fubPjk3_M-xFP-F",
                None,
            ),
        ] {
            assert!(
                !value_fits_name(name.as_bytes(), value.as_bytes(), None, next),
                "{name}={value}"
            );
        }
        // A quoted value ends at its closing quote: a token cut short by a comma is not a token;
        // a password may hold anything.
        let cut = b"mQ1yoFjk5JLlxbzRUzKTA6vsfR8wq"; // keyhook:allow=generic-secret-assignment
        assert!(!value_fits_name(b"authToken", cut, Some(b'"'), Some(b',')));
        // A log line's `component-auth: trace_id=…`: the value is another name's.
        let nested = b"trace_id=b63a1990f730c1b5f8d9bdc5db935c22";
        assert!(!value_fits_name(
            b"ember-auth",
            nested,
            Some(b' '),
            Some(b' ')
        ));
        assert!(value_fits_name(
            b"ember-auth",
            b"Qm7=vT2pL9wR4Zq8vN3k",
            Some(b' '),
            Some(b' ')
        ));
        assert!(value_fits_name(
            b"auth",
            // keyhook:allow-next-line=generic-secret-assignment (a test value)
            b"token=vT2pL9wR4Zq8vN3k",
            Some(b' '),
            Some(b' ')
        ));
        assert!(value_fits_name(b"authToken", cut, Some(b'"'), Some(b'"')));
        assert!(value_fits_name(b"authToken", cut, Some(b'\''), Some(b'\\')));
        assert!(value_fits_name(b"authToken", cut, Some(b' '), Some(b',')));
        assert!(value_fits_name(b"db_password", cut, Some(b'"'), Some(b',')));
    }

    #[test]
    fn template_slots_are_told_from_random_punctuation() {
        for v in [
            "<your-api-key>",
            "sk_live_<key>",
            "${STRIPE_KEY}",
            "prefix-${ENV}-suffix",
            "{{ secrets.API_KEY }}",
            "%(password)s",
            "$(cat /run/secret)",
            "<token",
            "{db_password}",
            "{os.environ['MSSQL_PASSWORD']}",
        ] {
            assert!(is_placeholder(v.as_bytes()), "{v}");
        }
        assert!(is_ciphertext(
            b"{cipher}c4bf1102fd3679e33e7fc09fdb164e99a190ec05f978"
        ));
        assert!(is_ciphertext(
            b"EV[1:pcVO+r00ieOYK1Cajb1wrkOefG8CVJAw:Zo3r+XRAA8TPTA+QW4mK2ZH2ndBm6SHaQtOK0kLHaCO4]"
        ));
        assert!(is_password_hash(
            b"$2$way1wyb6eu7mh8qbjimdwuj1bjt3c3dy$omc5nshtuwckig5juuwj6rzrnbua4kmh74ac4diwjji"
        ));
        assert!(is_ciphertext(
            b"![bLd8K2ihCyO3TeOQwtqHECTklbVFWIApoy2iLajf6YM=]"
        ));
        assert!(is_ciphertext(
            b"kms:v1:npXQjUQoGcyjOu8Y+3R7j2kVAu1TIc6R3lwT5oUY5mCzk7pD"
        ));
        assert!(is_reference(
            b"@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/0d3b)"
        ));
        assert!(is_placeholder(b"pfkkdhi9sl3r4s00"));
        // Client ids the providers publish with their apps, and their secrets.
        assert!(names_client_side_key("dropbox_app_key"));
        assert!(names_client_side_key("dropboxappkey"));
        assert!(!names_client_side_key("dropbox_app_secret"));
        assert!(names_client_side_key("mux_env_key"));
        assert!(names_client_side_key("MEILI_SEARCH_KEY"));
        assert!(names_client_side_key("viteMeiliSearchApiKey"));
        assert!(!names_client_side_key("MEILISEARCH_API_KEY"));
        assert!(!names_client_side_key("MeilisearchApiKey"));
        assert!(names_client_side_key("OPTIMIZELY_SDK_KEY"));
        for code in [
            "os.getcwd()",
            "Prompt.ask(",
            "list[str],",
            ":try_from(value.as_bytes())",
            "hash(raw_password)",
            "getPassword(name)",
            "Final[int]",
            "String[Literal[True]]",
        ] {
            assert!(is_call_or_index(code.as_bytes()), "{code}");
        }
        for password in [
            "Kizezem373Upafa[",
            "iZH>9T)N:dAdlac+q5GuGX2(",
            "x]7Lq;Mv2#Rt9(Wz",
        ] {
            assert!(!is_call_or_index(password.as_bytes()), "{password}");
        }
        for p in [
            "anchor.kernel.summit.zebra.85.Sherpa",
            "window-ladder-39-Lotus-quill",
            "Stratagen.2020",
            "comet.Talon.75.pewter",
        ] {
            assert!(is_passphrase(p.as_bytes()), "{p}");
        }
        for p in [
            "CrystalThistleKayakIvoryBirch",
            "beacon_poppy_quartz",
            "comet-juniper-crimson",
            "-eagleTulipRaven95",
            "storm.breeze.lantern.cinder.45",
        ] {
            assert!(joined_words(p.as_bytes()) >= 3, "{p}");
        }
        for code in [
            "UserPasswordInput",
            "self.db.password",
            "getTransitionsOnSymbol",
            "read_only_user",
            "HelloWorld",
            "passwort_hier_eintragen",
            "dein-geheimnis-hier",
            "harbor.acme.internal",
            "public.ecr.aws",
        ] {
            assert_eq!(joined_words(code.as_bytes()), 0, "{code}");
        }
        for code in [
            "os.path.join",
            "self.db.password",
            "v1.2.3",
            "Base64.Encoder",
            "items.0.name",
        ] {
            assert!(!is_passphrase(code.as_bytes()), "{code}");
        }
        for h in [
            "pbkdf2_sha256$260000$Qm7vT2pL9wR4$Zq8vN3kL0pW7rT2mXc5B",
            "$6$rounds=5000$saltsalt$Zq8vN3kL0pW7rT2mXc5B",
            "SCRAM-SHA-256$4096:Qm7vT2pL9wR4==$Zq8vN3kL0pW7rT2mXc5B=",
            "{SSHA}Zq8vN3kL0pW7rT2mXc5BQm7v",
        ] {
            assert!(is_password_hash(h.as_bytes()), "{h}");
        }
        // keyhook:allow-next-line=inline-user-password (a fixture: a plain password is no hash)
        assert!(!is_password_hash(b"{PLAIN}Zq8vN3kL0pW7rT2mXc5B"));
        assert!(!is_password_hash(b"$Zq8vN3kL0pW7rT2mXc5B"));
        // WordPress salts: every printable character, brackets at random.
        for v in [
            "xM)]69FPX|Y|_x<qK8P[x(]y/JvK2K!p>[itNFtTBFj}R+_.xWliGl78T)AN~Dq~",
            "s(VfnYG=EcF.Y;}G(jeg;*~]>LxC.vsSNqSaWEl&p!;<;%2h4F4LF`*WE WR|/9M",
            "{x}Qm7#vT2pL9wR4",
            "{Zq8vN3kL0pW7rT2mXc5B",
        ] {
            assert!(!is_placeholder(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn settings_about_a_secret_are_not_secrets() {
        for n in [
            "password_encryption",
            "TOKEN_SIGNING_ALGORITHM",
            "auth-method",
            "password.policy",
            "apiKeyMode",
            "keyProtectionAlgorithm",
        ] {
            assert!(!name_may_hold_secret(n.as_bytes()), "{n}");
        }
        // The word must end the name, after a separator or a camelCase hump.
        for n in ["DB_PASSWORD", "encryption_key", "secret", "passwordmode"] {
            assert!(name_may_hold_secret(n.as_bytes()), "{n}");
        }
    }

    #[test]
    fn public_keys_and_urls_are_not_generic_secrets() {
        let ec = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Olb3zMAFFxXKHiIkQO5cJ3Yhl5i6UPp+IhuteBJbuHcA5UogKo0EWtlWwW6KSaKoTNEYL7JlCQiVnkhBktUgg==";
        assert!(is_public_id(ec.as_bytes()));
        // A PKCS #8 private key body is not a public key.
        assert!(!is_public_id(
            b"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg"
        ));
        assert!(!looks_random(b"https://tools.ietf.org/html/rfc7517"));
        // A form body's next field, and random passwords with `&` and `=` in them.
        assert_eq!(
            next_query_field(b"aI65HxMvLbkbqa27szTHViEEVbkgOU&user=@parameters"),
            Some(30)
        );
        for pw in [
            &b"xh&V=&^9-N-8NEYt"[..],
            b"&qzw=H11A=+gWxIplT",
            b"K9+&b8c=TgM*+HW4",
        ] {
            assert_eq!(next_query_field(pw), None, "{pw:?}");
        }
        // A path, and a base64 key that starts with `/`.
        assert!(!looks_random(b"/srv/app/config/Secrets2024.yml"));
        assert!(!looks_random(b"/api/v2/OrdersExport/2024"));
        assert!(looks_random(b"/eGDuTh8chxSmj2FcPimF4aqO7nlYnCopzk2GYC3yKn"));
        assert!(looks_random(
            b"//dRc8wfSY1zUuokC0/Vx9uY2jGS1TR/x+789vZzPk8vdNBkHEqIZqSJu"
        ));
        assert!(!looks_random(b"//cdn.jsdelivr.net/npm/Chart4.js"));
        // Paddle.js client-side tokens and Ghost Content API keys are made for browsers.
        assert!(is_public_id(b"live_94b45a9c125942dbe1e957ac10a"));
        assert!(!is_public_id(b"live_94b45a9c125942dbe1e957ac10aZ"));
        assert!(!name_may_hold_secret(b"GHOST_CONTENT_API_KEY"));
        assert!(name_may_hold_secret(b"SUCURI_API_SECRET"));
        assert!(name_may_hold_secret(b"TAURI_KEY_PASSWORD"));
        // Client-side keys by their provider's documentation; the same providers' secrets.
        for n in [
            "APPCENTER_APP_SECRET",
            "AF_DEV_KEY",
            "AMPLITUDE_API_KEY",
            "mixpanelToken",
            "PusherAppKey",
            "STREAM_API_KEY",
            "ADJUST_APP_TOKEN",
            "FB_CLIENT_TOKEN",
            "DD_CLIENT_TOKEN",
            "algoliaSearchApiKey",
        ] {
            assert!(!name_may_hold_secret(n.as_bytes()), "{n}");
        }
        for n in [
            "AMPLITUDE_SECRET_KEY",
            "MIXPANEL_API_SECRET",
            "PUSHER_SECRET",
            "STREAM_API_SECRET",
            "ALGOLIA_ADMIN_KEY",
            "UPSTREAM_API_KEY",
        ] {
            assert!(name_may_hold_secret(n.as_bytes()), "{n}");
        }
        assert!(is_public_id(b"pub0081a6c3cdd0ee46ccfaa8d8583a5b10"));
        assert!(!name_may_hold_secret(b"analytics._writeKey"));
        // The Azure Storage emulator's published key; a path of words is no typed password.
        assert!(is_placeholder(
            b"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
        ));
        assert!(!plausible_password(b"data-platform/warehouse"));
        assert!(plausible_password(b"juniper-granite!cobalt8"));
        assert!(plausible_password(b"qhhlkakpowkliblr"));
        assert!(!plausible_password(b"authenticationid"));
        assert!(is_public_id(b"production_wjbir83t_u1kenpyvraiu3yf9"));
        // Supabase's anon key, and its service-role key.
        assert!(is_anon_role_jwt(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIn0.c2lnbmF0dXJl"));
        assert!(!is_anon_role_jwt(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.c2lnbmF0dXJl"));
        // The CLI's local service_role key, and a project's.
        assert!(is_supabase_demo_jwt(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.c2lnbmF0dXJl"));
        assert!(!is_supabase_demo_jwt(b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJzZXJ2aWNlX3JvbGUifQ.c2lnbmF0dXJl"));
        assert!(!name_may_hold_secret(b"SECRET_URI"));
        assert!(name_may_hold_secret(b"GHOST_ADMIN_API_KEY"));
    }

    #[test]
    fn ciphertext_made_for_the_repository_is_recognised() {
        let sealed = format!("AgB{}", "x7Q2".repeat(120));
        let kms = format!("AQICAHh{}", "Zk3p".repeat(30));
        for v in [
            sealed.as_str(),
            kms.as_str(),
            "vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w==",
            "ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:x=,type:str]",
            "1:exFOy5C4FZOulVp/gZrtkzlgMcSjXZaUwXf4ZgY1SQM=",
        ] {
            assert!(is_ciphertext(v.as_bytes()), "{v}");
        }
        // Short, or another prefix: keys like any other.
        for v in [
            "AgBq8Vn2Lr5Xw9Kt3Yp7",
            "AQICAHhShort",
            "Ah7pXv2Qm9LkT4sWz8RcN1bYf6GjUd3Eo5Hi",
        ] {
            assert!(!is_ciphertext(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn values_that_name_themselves_are_names_unless_the_rest_is_random() {
        for v in [
            "rc4_key_st",
            "my_secret_token_v2",
            "AuthTokenKeyPass1",
            "pass_key_token_2",
        ] {
            assert!(!looks_random(v.as_bytes()), "{v}");
        }
        // keyhook:allow=generic-secret-assignment (made-up values)
        for v in [
            "oauth2:4be6f0d27c9a13e58f4c2b7d906a1e3fc5b82d47",
            "tskey-k3Rn8vQz2LwX9pT4yB7cJ1mH6fD0sA5e",
            "wN2qPAuTh7xK9vLm3RzB8cYd4Ef6Gh1J",
        ] {
            assert!(looks_random(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn payment_keys_under_an_lmk_or_in_key_blocks_are_ciphertext() {
        assert!(is_ciphertext(b"U1734DD291B6DC421819AA3CF6751DF24"));
        assert!(is_ciphertext(
            b"B0080B1TX00S000029FB852B7D7B8DAA20B69E9997E6C26086F273705BB0F6CA906B7AEFC3241E66"
        ));
        assert!(!is_ciphertext(b"1734DD291B6DC421819AA3CF6751DF24"));
        assert!(!is_ciphertext(b"Uk734DD291B6DC421819AA3CF6751DF24"));
    }

    #[test]
    fn mesh_peer_keys_in_addresses_and_odd_names_are_not_secrets() {
        assert!(is_peer_key_query(b"  \"tls://203.0.113.5:4001?", b"key"));
        assert!(!is_peer_key_query(
            b"  url: \"https://api.example.com/v1?",
            b"key"
        ));
        assert!(!name_may_hold_secret(b"basalt"));
        assert!(!name_may_hold_secret(b"gateway.i2p"));
        assert!(name_may_hold_secret(b"avatar_salt"));
    }

    #[test]
    fn hex_that_spells_words_is_a_placeholder() {
        assert!(is_hexspeak(b"deaf0ff1ced0d0dabbedd1ced1cef00d"));
        assert!(is_hexspeak(b"DEAF0FF1 CED0D0DA BBEDD1CE D1CEF00D"));
        assert!(is_hexspeak(b"deadbeefcafebabe"));
        assert!(!is_hexspeak(b"62fcc029019eca84195f842a0e2e50bb"));
        assert!(!is_hexspeak(b"deadbeef"));
    }

    #[test]
    fn typed_passwords_are_told_from_names_and_calls() {
        for p in ["super$ecret", "geheim$parole", "mycoin!1", "Tr0ub4dor&3"] {
            assert!(plausible_password(p.as_bytes()), "{p}");
        }
        for p in [
            "password1",
            "A1b2c3d4",
            "Cow::Borrowed",
            "self.password",
            "/etc/passwd",
            "hunter",
            "http://x:1",
        ] {
            assert!(!plausible_password(p.as_bytes()), "{p}");
        }
        assert!(!value_fits_name(
            b"password",
            b"Cow::Borrowed",
            Some(b' '),
            Some(b'(')
        ));
    }

    #[test]
    fn public_payment_and_chain_values_and_encrypted_forms() {
        for v in [
            "pi_3CEXVtdar3lYO2B8FaPXoAfm_secret_gwk6xEDpUXzcZMn4eeFa3pLPG",
            "bc1qp0dpfgnqxkfevrfzlcdjlrkaflacuxxmmqxhm7",
            "03f1143a4292a15c7378058e325e535ddd3881609143636f5edf394fbf582efef8",
            "QmNUcRxEcoZQ6EDitR1ps6DqSc7C9G42XyK2dzVYWV7xGR",
            "FLWPUBK-84a45f3f1a3db6151427215cf4794b59-X",
            "live_G4QY9CENS2CPBJKRJN33VALDIZQ4WYX9",
        ] {
            assert!(is_public_id(v.as_bytes()), "{v}");
        }
        // Stripe's secret key and Mollie's live key are not.
        assert!(!is_public_id(b"live_ocNHoV8heSP0eUUAZj8fS323W0NstI"));
        for v in [
            "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAytYajYIB6tUEJuOVFUy3o4Bi9YIbu7P8",
            "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000",
            "hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,\\",
            "[enc:IISCngProvider:hLaj/hsYnfIS9KEV8NaR3zDcfaUrwDxnHWk=:enc]",
        ] {
            assert!(is_ciphertext(v.as_bytes()), "{v}");
        }
        assert!(is_password_hash(
            b"0x020000CE90A4216FB12B1936BDAC185D84154B351EFA6BBE340564FD52400330B77610806C"
        ));
        assert!(is_password_hash(
            b"45f08d4a9432741bf46e314e97b4adc9$100000$a7f9003b30770b92a9ef520165abb261c96f4efa"
        ));
        assert!(in_encrypted_element(
            b"<Pass encoding=\"crypt\" pubkey=\"pUP4n77O\">"
        ));
        assert!(!in_encrypted_element(b"<Pass encoding=\"base64\">"));
        assert!(in_encrypted_element(
            b"  <Password encrypted=\"true\" alg=\"device-aes256\">"
        ));
        assert!(!in_encrypted_element(b"<Password encrypted=\"false\">"));
        assert!(is_placeholder(b"*SENSITIVE*DATA*DELETED*"));
    }

    #[test]
    fn identifiers_are_not_secrets() {
        for name in [
            "credentialId",
            "AUTH0_CLIENT_ID",
            "key_id",
            "tokenId",
            "api-key-id",
        ] {
            assert!(!name_may_hold_secret(name.as_bytes()), "{name}");
        }
        for name in ["secret_id", "vaultSecretId", "api_key", "token", "paid_key"] {
            assert!(name_may_hold_secret(name.as_bytes()), "{name}");
        }
    }

    #[test]
    fn placeholders_are_recognised() {
        for p in [
            "YOUR_API_KEY_HERE",
            "your_secret_key_here",
            "<your-token>",
            "${API_TOKEN}",
            "{{ secrets.X }}",
            "xxxxxxxxxxxxxxxxxxxx",
            "changeme",
            "AKIAIOSFODNN7EXAMPLE",
            "sk_live_aaaaaaaaaaaaaaaaaaaaaaaa",
            "abcdef1234567890abcdef",
            "Bearer %s",
            "5Aep861eN26Sp9j0R5QPjh0AAAABBBBCCCCjcNqfo5kVBplkpP5tzyWXyVGAivx26AAAABBBBjYE1",
            "sk_test_YourKeyGoesInHere00",
            "px-dep-d4c3b2a1-f6e5-h8g7-j1i8-p5o0n5m3l2k1",
            "zyxwvu9876543210",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p}");
        }
        // A placeholder word that random mixed case happens to spell is chance, not intent.
        assert!(!is_placeholder(
            b"Sz7NRsUkHKP2cD3c0ys8Oykw8WxWs33clzYoURxvIRl"
        ));
        for s in [
            "ghp_x8Kd93LmQzT4vB1nR7sW2yE6uH0jC5aF9gP3",
            "q8Z!v3@Lk29#Wm4",
            // A generated password whose `%` happens to precede a directive letter.
            "bbk5vEhJIWu%v!3N9S@B9%cj",
        ] {
            assert!(!is_placeholder(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn randomness_separates_keys_from_words() {
        for r in [
            "x8Kd93LmQzT4vB1nR7sW2yE6",
            "9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e",
            "Zq8vN3kL0pW7rT2m",
            "aG93IGFyZSB5b3UgZG9pbmc",
        ] {
            assert!(looks_random(r.as_bytes()), "{r}");
        }
        for w in [
            "node-cache-Linux-x64-npm-5ce6dc21474ea35937c0dee3ebb034a52aab701303bc53b0578a2831db915846",
            "my_database_password",
            "DefaultConnectionString",
            "config.auth.token",
            "1234567890123",
            "password",
            "get_secret_from_vault",
            "/usr/local/share/keys",
        ] {
            assert!(!looks_random(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn entropy_of_uniform_bytes() {
        assert!((shannon(b"abcd") - 2.0).abs() < 1e-9);
        assert_eq!(shannon(b"aaaa"), 0.0);
    }

    #[test]
    fn uuid_credentials_are_named_outright() {
        for n in [
            "consul_http_token",
            "SNYK_TOKEN",
            "X-Octopus-ApiKey",
            "_authToken",
            "db_password",
            "client_secrets",
        ] {
            assert!(names_credential(n.as_bytes()), "{n}");
        }
        for n in [
            "key",
            "alias/aws/secretsmanager",
            "token_type",
            "ClientRequestToken",
            "LockToken",
            "ChangeToken",
            "--client-token",
            "LifecycleActionToken",
        ] {
            assert!(!names_credential(n.as_bytes()), "{n}");
        }
    }

    #[test]
    fn labelled_digests_are_not_secrets() {
        for d in [
            "sha256:a303da158e9b082ab79364653cd84ab2561d26208bc888aadf1fdc1bbd26f44c",
            "sha512-7Ch6QmMmC1Ubmy8AdplA+WBeHlSpzrPbJexZuTA3PoJcTl6CnxwMfyJUQ1J+Uz4UmrfO5kkbvzaA==",
            "md5=9e107d9d372bb6826bd81d3542a419d6",
        ] {
            assert!(is_labelled_digest(d.as_bytes()), "{d}");
        }
        for s in [
            "sha256:short",
            "shark_9f3b2c1d8e7a6b5c4d3e2f1a0b9c8d7e",
            "x8Kd93LmQzT4vB1nR7sW",
        ] {
            assert!(!is_labelled_digest(s.as_bytes()), "{s}");
        }
    }

    #[test]
    fn a_random_name_is_data_not_a_name() {
        // Base64 in a hashed known_hosts line spells `pwd` by chance.
        assert!(!name_may_hold_secret(b"9p3AFP6Xif9WIPwDi7D1xdF9LQI"));
        // Metadata words count as whole words (or plurals, or right after a secret word); a
        // version word counts as the name's last word.
        for n in [
            "password.toHashes",
            "token_type",
            "KEYFILE",
            "tokenCount",
            "key_sizes",
            "app.auth.revision",
            "tokenCommit",
            "secret_sha",
            "API_KEY_REF",
        ] {
            assert!(!name_may_hold_secret(n.as_bytes()), "{n}");
        }
        for n in [
            "AZURE_STORAGE_ACCOUNT_KEY",
            "HASHICORP_VAULT_TOKEN",
            "PROFILE_TOKEN",
            "GIT_COMMIT_TOKEN",
            "sha_secret",
            "deploy_key",
        ] {
            assert!(name_may_hold_secret(n.as_bytes()), "{n}");
        }
        assert!(!plausible_password(b"true|false"));
        assert!(name_may_hold_secret(b"AZURE_STORAGE_KEY"));
        assert!(name_may_hold_secret(b"stripeSecretKeyLive"));
    }

    #[test]
    fn sequences_in_random_hex_are_chance() {
        for p in [
            "abcdef1234",
            "a1b2c3d4e5f6",
            "fedcba98",
            "abcd1234efgh5678ijkl",
        ] {
            assert!(has_sequence(p.as_bytes()), "{p}");
        }
        // Random hex: `f e d c b` then two digits, then `a`; `fe`, `d`, `cb`, `a` in the other.
        assert!(!has_sequence(b"3f4fedcb30a3db69c0cb593447f74880"));
        assert!(!has_sequence(
            b"7c96a2b2bf913a77bba6756cabfe5d01858c16b4aecb84f8"
        ));
    }

    #[test]
    fn a_percent_between_symbols_is_a_password_character() {
        assert!(!is_placeholder(b"nj^d.9xPCXtmXj#&%q#nEb7"));
        // Django's alphabet has `%`: one `%q` in 50 random characters is chance.
        assert!(!is_placeholder(
            // keyhook:allow-next-line=django-secret-key-shaped (made-up value)
            b"rcn!=u4h0cvpn2d@s@&b_2m2c0!@ff8271c%q*=b#qtr6gxwnc"
        ));
        for p in ["Bearer %s", "key=%s&sig=%d", "%s:%s"] {
            assert!(has_format_directive(p.as_bytes()), "{p}");
        }
    }

    #[test]
    fn public_halves_shortcuts_and_ciphertext_shapes() {
        // The body of an SSH public key, without its type word (VyOS `key AAAA…`).
        assert!(is_ssh_public_key_blob(
            b"AAAAC3NzaC1lZDI1NTE5AAAAI7twlNLcnqWBOaS/YWdyzwHbpYhrbddgtgkqYFC8syD/"
        ));
        assert!(!is_ssh_public_key_blob(
            b"AAAAQmVhcmVyIHRva2VuIGZvciB0aGUgYXBpIGdhdGV3YXkgb2YgdGhlIGNsdXN0ZXI="
        ));
        // A NATS user's public NKey; its seed (`SU…`) is the secret.
        assert!(is_nats_public_nkey(
            b"U4FHBNLGM6VRZNR35GWSDFE2M6Q67OI2SKOUMBWOUS74ZDZF5PTIIBAQ"
        ));
        assert!(!is_nats_public_nkey(
            // keyhook:allow-next-line=nats-nkey-seed (made-up value)
            b"SUAB5M6FUPFXVOHIPZWH425DKO4VB7574PIHL4LJEHEV2VZNNHRRVKZK"
        ));
        assert!(looks_random(b"gHqWCe1J*!s8BzcKey3RKHXwzt9F"));
        assert!(!looks_random(b"pkcs8_priv_key_info_st"));
        assert!(is_placeholder(b"&lt;db-password&gt;"));
        assert!(is_placeholder(b"%3C%3Cgoogle_client_secret%3E%3E"));
        assert!(is_placeholder(b"#{API_KEY}#"));
        assert!(is_key_chord(b"ctrl+alt+c"));
        assert!(!is_key_chord(b"Wq7+Lm2vXp9"));
        // Plexus (Maven) ciphertext keeps its padding; an Exim or RANCID brace argument does not.
        assert!(is_ciphertext(
            b"{jSMOWnoPFgsHVpMvz5VrIt5kRbzGpI8u+9EF1iFQyJQ=}"
        ));
        assert!(!is_ciphertext(b"{R9X7N8WzYfgIuDy052T4FVvI}"));
        // Fernet tokens and Pulumi's passphrase-encrypted values.
        assert!(is_ciphertext(
            b"gAAAAABmxSW_wqlfLR-jjCkvZvEyPBllwJaEXG5dW1fbKntDZ1fCZ5Nk1k1GtOg744E_5DB06ljmVh6OlDUZ4o_cFtQHi9yftrrh47k52_KJ"
        ));
        assert!(is_ciphertext(
            b"v1:wvuJHN5hquE=:v1:RBR7OPsErp0hf0hK:HRInQqSgyAaQpR0bur8++QkBSkSjNwEmBQOZyt59psQ="
        ));
        assert!(names_browser_maps_key(
            b"NEXT_PUBLIC_GOOGLE_MAPS_API_KEY = \""
        ));
        assert!(names_browser_maps_key(
            b"  \"import.meta.env.PUBLIC_MAPS_API_KEY\": JSON.stringify(\""
        ));
        assert!(!names_browser_maps_key(b"GOOGLE_MAPS_SERVER_KEY="));
        assert!(!names_browser_maps_key(b"VITE_GEMINI_KEY="));
        assert!(name_may_hold_secret(b"signingKey"));
        assert!(!name_may_hold_secret(b"default-key"));
    }

    #[test]
    fn an_aws_key_id_whose_secret_is_kept_elsewhere() {
        let check = |text: &str| {
            let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
            let i = lines
                .iter()
                .position(|l| l.windows(4).any(|w| w == b"AKIA" || w == b"ASIA"))
                .unwrap_or(0);
            let line = text.lines().nth(i).unwrap_or_default();
            let at = line.find("AKIA").or_else(|| line.find("ASIA")).unwrap_or(0);
            key_id_with_secret_elsewhere(&lines, i, at + 20, 40)
        };
        // The secret half is a reference, a placeholder or masked: the id alone is harmless.
        assert!(check("AWS_ACCESS_KEY_ID=AKIAVCQITMYYFJ54XWJM AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY aws s3 sync"));
        assert!(check("s3 = boto3.client('s3', aws_access_key_id='AKIASZNJHQRBRFYPD7OQ',\n    aws_secret_access_key=os.environ['AWS_SECRET_ACCESS_KEY'])"));
        assert!(check(
            "BROKER_URL = 'sqs://AKIA7IDL2YMXZO3AKJTD:<password>@'"
        ));
        assert!(check(
            "[smtp]:587 AKIAKAQEG4SM6U5X2ROS:****************3wul"
        ));
        // The secret is there, in the URL (percent-encoded) or JSON-escaped: still reported.
        assert!(!check(
            // keyhook:allow-next-line=aws-access-key-id (made-up value)
            "broker = 'sqs://AKIAXNNQYQSND72DWSGL:76z5lzBZYk41bUVlbOtkNpPb9gjEQ%2B753Xr6koD2@'"
        ));
        // keyhook:allow-next-line=aws-access-key-id (made-up value)
        assert!(!check("\"access_key_id\": \"AKIAHOCK7WWB2ZF6S65Y\",\n\"secret_access_key\": \"jTMgz\\/OBoVA7GedNFDgT+K00ojuIL5v8hCy8\\/ShB\","));
        // keyhook:allow-next-line=aws-access-key-id (made-up value)
        assert!(check("aws_access_key_id = AKIA3TIWFTDH4B5G2XCG\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        // keyhook:allow-next-line=aws-temporary-access-key-id (made-up value)
        assert!(check("  \"userIdentity\": {\n    \"type\": \"AssumedRole\",\n    \"accessKeyId\": \"ASIAYWASYR6PMAMC3UL5\","));
        assert!(check(
            // keyhook:allow-next-line=aws-access-key-id (made-up value)
            "  auth: { user: \"AKIAESBBV4SWHTSSAMAK\", pass: sesSmtpPassword },"
        ));
        // Other clouds' ids: the secret as the next argument, masked or read from elsewhere;
        // DuckDB's `SECRET ''`.
        let other = |text: &str, id: &str| {
            let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
            let i = lines
                .iter()
                .position(|l| contains(l, id.as_bytes()))
                .unwrap_or(0);
            let at = text
                .lines()
                .nth(i)
                .unwrap_or_default()
                .find(id)
                .unwrap_or(0);
            let len = key_id_secret_len(id.as_bytes()).unwrap_or(0);
            key_id_with_secret_elsewhere(&lines, i, at + id.len(), len)
        };
        assert!(other(
            "auth = oss2.Auth(\"LTAI5t0DimuCQ1QKohVks3fC\", \"[FILTERED]\")",
            "LTAI5t0DimuCQ1QKohVks3fC"
        ));
        assert!(other("new BasicCOSCredentials(\"AKIDcqPyyPCIzS79yk8JW9H7esrpyNToe118\", System.getenv(\"K\"));", "AKIDcqPyyPCIzS79yk8JW9H7esrpyNToe118"));
        assert!(other(
            // keyhook:allow-next-line=alibaba-access-key-id (made-up value)
            "CREATE SECRET lake (\n  KEY_ID 'LTAI5teuYOg0MG3x0XucvPuz',\n  SECRET '',\n)",
            // keyhook:allow-next-line=alibaba-access-key-id (made-up value)
            "LTAI5teuYOg0MG3x0XucvPuz"
        ));
        assert!(!other(
            // keyhook:allow-next-line=alibaba-access-key-id (made-up value)
            "auth = oss2.Auth(\"LTAI5t0DimuCQ1QKohVks3fC\", \"k3Vd9sLq0ZrT7wXy2NcB5mHf8JpGaE\")",
            // keyhook:allow-next-line=alibaba-access-key-id (made-up value)
            "LTAI5t0DimuCQ1QKohVks3fC"
        ));
        // An id with nothing around it may be all that was pasted of a pair.
        // keyhook:allow-next-line=aws-access-key-id (made-up value)
        assert!(!check("aws_access_key_id = AKIA6TAKJJ35O72VNRC2"));
    }

    #[test]
    fn ids_that_name_a_resource() {
        for id in [
            "SKe5d11a742454b3be0112685c5c337ac4",
            "ACd73d4e594e211e4bdc835f6fe6704c73",
            "org-KSQpVOE7mPOLNHrAabeKPjv8",
            "Ov23liwNcEVgSSTo4O9p",
            "price_1YqFmPW3yVaOS0Z7xbtD7OWh",
            "cus_NffrFeUfNV2Hib",
            "YXJnQnVsVFB6aUVsc3hLZHZuYytrRWhzcWFPbTZUVEFwYWNvSm1wNkVFND10eTJpeyJmaWx0ZXJfYnkiOiJjb21wYW55X2lkOjUyMSJ9",
            "20240611093015Z",
            "client_id:cd2bc80d414db056f0ac248fe5423df0fd5d206ccb6c34e6216aaf9312bb8eb6",
            "XXVZ2TFJZ5QW2TNX7CT1%2F20240105%2Fhel1%2Fs3%2Faws4_request",
        ] {
            assert!(is_public_id(id.as_bytes()), "{id}");
        }
        for key in [
            // A Twilio auth token has no prefix; Resend's `re_` keys carry a second `_`.
            "d5e414552c70b6dbb2d73b91366570a2",
            "re_Ab3dEf9H_6tLqRz2VwXy8KpNmC4sJ7hB",
            // keyhook:allow-next-line=stripe-secret-key (made-up value)
            "sk_live_51HqLyjWDarjtT1zdp7dcVx4Qw8yQ",
        ] {
            assert!(!is_public_id(key.as_bytes()), "{key}");
        }
        assert!(!looks_random(b"PBEWithHMACSHA512AndAES_256"));
    }

    #[test]
    fn client_slots_in_apps_and_pages() {
        let public = |ctx: &str, v: &str| names_client_slot(ctx.as_bytes(), v.as_bytes());
        assert!(public(
            "window.SEGMENT_WRITE_KEY = '",
            "NbyFsozfKCG2skkXbJ9hw4FkBHygtQ2Q"
        ));
        assert!(public(
            "    private let splitBrowserKey = \"",
            "l8n6za8sf6g47zw40qd52npg6ijmdkrwiciy"
        ));
        assert!(public(
            "\t<key>ProjectToken</key>\n\t<string>",
            "2a200bbd39c41558cd31feb5c50f0b83"
        ));
        assert!(public(
            "<string name=\"launchdarkly_mobile_key\" translatable=\"false\">",
            "mob-ada68f01-7cc6-4b3a-a857-cb01c6dbb962"
        ));
        // Server keys: named so, or carrying a server key's prefix.
        assert!(!public(
            "const SEGMENT_SERVER_WRITE_KEY = '",
            "mYZR7v46wYTLH1Euv2JS0YlqXhMSFXnO"
        ));
        assert!(!public(
            "    sdkKey: '",
            "sdk-760d689e-3c49-4f62-977c-022db02a670b"
        ));
        assert!(!public(
            "const STRIPE_SECRET_KEY = '",
            "q7Xv2LmN0pR7sT4wY1zB6cD9"
        ));
    }

    /// Session-nineteen look-alikes: NATS JWTs, Plaid's client tokens, Clearbit's publishable
    /// key, Active Storage blob keys, stand-ins that say they are for tests, hashed words,
    /// certbot's `authenticator`, calls with acronyms in their name.
    #[test]
    fn public_values_and_stand_ins_of_session_nineteen() {
        // header {"typ":"JWT","alg":"ed25519-nkey"}; an HS256 JWT is not NATS's.
        assert!(is_nats_jwt(b"eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.eyJqdGkiOiJYWkw0In0.c2lnbmF0dXJlc2lnbmF0dXJl"));
        assert!(!is_nats_jwt(
            // keyhook:allow-next-line=jwt (made-up value)
            b"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2lnbmF0dXJl"
        ));
        assert!(is_public_id(
            b"link-sandbox-8424c2ad-7ab8-469c-99e9-eb284256f694"
        ));
        assert!(is_public_id(
            b"public-production-b300537b-ddbe-45e8-86a3-f3b05c6a2270"
        ));
        assert!(!is_public_id(
            // keyhook:allow-next-line=plaid-access-token (made-up value)
            b"access-production-b300537b-ddbe-45e8-86a3-f3b05c6a2270"
        ));
        assert!(is_public_id(b"pk_5b2d3de5dfc4a923aeaec11b9ba5d19c"));
        // A minisign public key (`Ed`, key id, Ed25519 key); `RW` and random bytes are not one.
        assert!(is_public_id(
            b"RWSCtw7ufxpQOb7wfsI0fwZu0I9dx1EkR+NAQwACa25UVZSgZWhdZMSY"
        ));
        assert!(!is_public_id(
            b"RWeCk98aJjKqdbm2Dif5XxZaaog8KplutVvi06YJp1C3NwFSmjvK0pQw"
        ));
        // keyhook:allow-next-line=klaviyo-private-key-format (made-up value)
        assert!(!is_public_id(b"pk_5b2d3de5dfc4a923aeaec11b9ba5d19c0a"));
        // keyhook:allow-next-line=generic-secret-assignment (an Active Storage blob key)
        let blob = "one:\n  key: znbtlkhq6gw51v3vlkcv2c4cdtgh\n  filename: a.png\n  content_type: image/png\n  byte_size: 2048\n";
        let lines: Vec<&[u8]> = blob.lines().map(str::as_bytes).collect();
        assert!(is_storage_blob_key(
            b"znbtlkhq6gw51v3vlkcv2c4cdtgh",
            &lines,
            1
        ));
        assert!(!is_storage_blob_key(
            b"znbtlkhq6gw51v3vlkcv2c4cdtgh",
            &lines[..2],
            1
        ));
        assert!(is_placeholder(b"s3cr3t-for-tests"));
        assert!(is_placeholder(
            b"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        ));
        assert!(!name_may_hold_secret(b"authenticator"));
        assert!(name_may_hold_secret(b"GOOGLE_AUTHENTICATOR_KEY"));
        assert!(is_call_or_index(b"decodeURIComponent(proxyUrl.password)"));
        // A random 32-hex-digit key below 3.5 bits still passes; a run of two digits does not.
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let key = b"4fe45847c46288eb87f24d17b43888c7";
        assert!(shannon(key) < 3.5 && shannon(key) > entropy_floor(key));
        assert!(shannon(b"1212121212121212abab") < entropy_floor(b"1212121212121212abab"));
        assert!(entropy_floor(b"Qw8rT2mXc5BhQv9LpZ3nKd7s").is_infinite());
    }
    #[test]
    fn escaped_quotes_read_without_their_backslashes() {
        let line = br#""    r = get(url, auth=(\"dspace\", \"<password>\"))\n","#;
        let (text, at) = backslash_unescaped(line).expect("an escaped quote");
        assert_eq!(
            text,
            br#""    r = get(url, auth=("dspace", "<password>"))\n","#.to_vec()
        );
        let k = find(&text, b"<password>").expect("the value");
        assert_eq!(&line[at[k]..at[k + 10]], b"<password>");
        // An escaped quote's encoding starts at its backslash.
        assert_eq!(line[at[k - 1]], b'\\');
        // Doubled backslashes before a quote go too; a backslash before anything else stays.
        let (text, _) = backslash_unescaped(br#"-DKEY=\\\"abc\" C:\dir"#).expect("escaped");
        assert_eq!(text, br#"-DKEY="abc" C:\dir"#.to_vec());
        assert!(backslash_unescaped(br#"path = "C:\dir\file""#).is_none());
    }
    #[test]
    fn twenty_ninth_session_examples_and_names() {
        // A UUID with a data region after it is still a UUID (Pendo's integration keys).
        assert!(is_uuid(without_region(
            b"d09a937f-6cf2-46a1-8936-f684e3c64a96.eu"
        )));
        assert!(!is_uuid(without_region(
            b"d09a937f-6cf2-46a1-8936-f684e3c64a96.EU1"
        )));
        assert_eq!(without_region(b"api.example"), b"api.example");
        // Chat widgets' keys are rendered into every page; their server secrets are not.
        for public in [
            "websiteToken",
            "CHATWOOT_WEBSITE_TOKEN",
            "freshchat_widget_token",
            "SMARTSUPP_KEY",
            "BRAZE_SDK_API_KEY",
            "gleap_sdk_key",
            "PENDO_API_KEY",
        ] {
            assert!(!name_may_hold_secret(public.as_bytes()), "{public}");
        }
        // Audit logs' event names, fingerprints, references and published keys.
        assert!(!name_may_hold_secret(b"token.rotated"));
        assert!(!name_may_hold_secret(b"api_key.revoked"));
        assert!(is_colon_hex_fingerprint(
            b"06:FF:5D:17:30:2F:85:EA:6F:EF:53:F0:6F:FF:34:BE:06:FF:5D:17"
        ));
        assert!(!is_colon_hex_fingerprint(b"06:FF:5D:17:30:2F"));
        assert!(is_reference(b"bw:892be8c8-a659-4ac3-8512-6742c06d49ab"));
        assert!(is_reference(
            b"arn:aws:ssm:eu-west-1:317648572733:parameter/finance/discord"
        ));
        assert!(!is_reference(b"Zk:892be8c8-a659-4ac3-8512-6742c06d49ab"));
        assert!(is_published_client_id(
            b"BCpk-6lOHHRYJu8HUOXO5vIH2EwvN0n9Xasjy8436_1uALB3vP6yP5Fl962a0knvBssKIt1eNGaWGxBe"
        ));
        assert!(is_placeholder(b"t0p-s3cr3t"));
        assert!(is_reference(b"ssm:/heritage/postgres-credential"));
        assert!(is_public_id(
            b"session_1c3976b0-93fe-4e16-814f-4dbaa1414bb5"
        ));
        assert!(!is_public_id(
            b"secret_1c3976b0-93fe-4e16-814f-4dbaa1414bb5"
        ));
        assert!(!name_may_hold_secret(b"heritage.omeka.key-identity"));
        assert!(!name_may_hold_secret(b"user.password_reset"));
        assert!(is_placeholder(b"sk-or-v1-abc123abc123abc123abc123abc123"));
        assert!(!is_placeholder(
            b"sk-or-v1-7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c8e2b"
        ));
        for secret in [
            "PENDO_INTEGRATION_KEY",
            "BRAZE_REST_API_KEY",
            "CHATWOOT_API_ACCESS_TOKEN",
            "SMARTSUPP_API_TOKEN",
        ] {
            assert!(name_may_hold_secret(secret.as_bytes()), "{secret}");
        }
    }
    #[test]
    fn thirtieth_session_names_and_basic_passwords() {
        // A newsroom's API key is no public key (`propublica`, `publication`).
        assert!(name_may_hold_secret(b"PROPUBLICA_API_KEY"));
        assert!(name_may_hold_secret(b"publication_api_key"));
        assert!(!name_may_hold_secret(b"public_api_key"));
        assert!(!name_may_hold_secret(b"publicApiKey"));
        assert!(!name_may_hold_secret(b"PUBLICAPIKEY"));
        // A list under a name that says keys holds keys (Strapi's `APP_KEYS`).
        assert!(names_secret_list(b"APP_KEYS"));
        assert!(names_secret_list(b"jwt_secrets"));
        assert!(!names_secret_list(b"token_variants"));
        // An API key sent as Basic auth's user name with the stand-in password its provider
        // documents is judged by the key; a word with a dummy password is a placeholder.
        for p in [&b""[..], b"x", b"X", b"api_token"] {
            assert!(is_dummy_basic_password(p));
        }
        assert!(!is_dummy_basic_password(b"hunter2"));
        // base64 of `e2ebf88ae4849d736c38fb4e847bdeac1615fba4:x` (BambooHR's Basic auth).
        assert!(!encodes_placeholder_text(
            b"ZTJlYmY4OGFlNDg0OWQ3MzZjMzhmYjRlODQ3YmRlYWMxNjE1ZmJhNDp4"
        ));
        // base64 of `username:x`.
        assert!(encodes_placeholder_text(b"dXNlcm5hbWU6eA=="));
        // A file in a dataset is named by its hash; a published example is no secret.
        assert!(!looks_random(b"xray_fractures/2b635be7391d.jpg"));
        assert!(looks_random(b"xRay7fRaCtures/2b635be7391dQ9"));
        assert!(is_placeholder(
            b"MGQwMzFkODIyN2VhZmE2MWRjMzc1YTZjMmUwNjdlMjQ6"
        ));
        // Typed passwords: a year and two letters after a dot; anything under `CREDS`.
        assert!(has_number_led_word(b"Longhorn.2018gk"));
        assert!(!has_number_led_word(b"config.yaml"));
        assert!(names_creds(b"CREDS"));
        assert!(names_creds(b"smtp_creds"));
        assert!(!names_creds(b"credentials_file"));
        // A product's name before the key's words is a namespace; a label's key is no secret.
        assert!(name_may_hold_secret(b"LABEL_STUDIO_API_KEY"));
        assert!(!name_may_hold_secret(b"label_key"));
        assert!(!name_may_hold_secret(b"file_name_key"));
        // Anti-forgery form fields.
        assert!(is_csrf_field_name(b"_token"));
        assert!(is_csrf_field_name(b"authenticity_token"));
        assert!(!is_csrf_field_name(b"api_token"));
    }

    #[test]
    fn thirty_first_session_typed_passwords_and_look_alikes() {
        // Typed passwords: a word, a dot, a long number and a few letters in any case; a word
        // with a long number, a dot and a few letters. A file name is neither.
        assert!(has_number_led_word(b"Tipster.54439Iz"));
        assert!(has_number_led_word(b"Sharp.8137oiR"));
        assert!(!has_number_led_word(b"Version.12ab"));
        assert!(word_dot_number(b"timber59451.wyt"));
        assert!(word_dot_number(b"Manna.Lantern.Harvest146-"));
        assert!(has_typed_part(b"Sparrow.Anchor-61-Maple"));
        assert!(!has_typed_part(b"org.apache.commons-io"));
        assert!(!word_dot_number(b"backup20231.tar"));
        assert!(!word_dot_number(b"report2023.pdf"));
        // Base64's `==` padding after letters that spell a secret word is no comparison.
        let line = b"ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB9xeSzPfVhMop4UwfdR8v9nZsAdUOxJymOI4ZfsuS/63punLwPw== trader@desk-03";
        let at = find(line, b"LwPw==").unwrap_or(0) + 2;
        assert!(ends_base64_blob(line, at..at + 2));
        let code = b"if userPw == input {";
        assert!(!ends_base64_blob(code, 3..9));
        // An OData page's cursor; Matterport's embed key.
        assert!(is_paging_cursor(
            b"next=https://api.example.com/odata/Property?$skiptoken="
        ));
        assert!(!is_paging_cursor(b"token="));
        assert!(is_badge_query(
            b"src=\"https://my.matterport.com/show/?m=A2m102ujsRu&applicationKey"
        ));
        // A printable random password holds `%(…)` without being a Python format field.
        assert!(!has_template_slot(
            b"OEQd[B|uym%VDMcVh2m7IP+TjR%(E01cBC)WYc@A"
        ));
        assert!(has_template_slot(b"%(db_password)s"));
        // Bytes that count are a documentation key.
        assert!(is_counting_bytes(b"00112233445566778899AABBCCDDEEFF"));
        assert!(is_counting_bytes(
            b"0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08"
        ));
        assert!(!is_counting_bytes(b"ECE109A7FD1C4E01B8547A2AEB281699"));
        // Base32's padding is no placeholder run; pyATS secret strings are ciphertext.
        assert!(!is_placeholder(
            b"HVJAGO4S73WWR7PXPZ6C7PLU3HXEE3KBQZDFRJHM6PEM7EVCX47VF3E7RW======"
        ));
        assert!(is_ciphertext(
            b"%ENC{QcLbM5wgMVoAJhSQ40_0Qb_lnS8qAJ_KbkfSaS9M8oW}"
        ));
        // A validator's BLS public key; a Cosmos public key's JSON object.
        assert!(is_public_id(
            b"0x8da1fc38987aeb29e6c7d383d333938b322f44e4750c33fa027ffe3d440eb4f37221ade989da1fd6556436099b29bfed"
        ));
        assert!(!is_public_id(
            b"0x6be340b2d867414958e426a8b4ddad48ae7e173a3598139ecfefe8951e6394b8"
        ));
        let lines: [&[u8]; 2] = [
            b"{\"@type\":\"/cosmos.crypto.ed25519.PubKey\",",
            // keyhook:allow-next-line=generic-secret-assignment (a made-up public key)
            b"\"key\":\"tTHPRejsQNBeLo2ewsZxODF4hpNjBd/hWke5fkCNdqE=\"}",
        ];
        assert!(in_pubkey_object(&lines, 1));
        assert!(!in_pubkey_object(&lines[1..], 0));
        // Published examples: Paysafe's key password, Procore's client secret.
        assert!(is_placeholder(
            b"B-tst1-0-51ed39e4-312d02345d3f123120881dff9bb4020a89e8ac44cdfdcecd702151182fdc952272661d290ab2e5849e31bb03deede7e"
        ));
        assert!(is_placeholder(
            b"041372a09c6e4x92aa08ce3axea1cfc0115cbfbf7134exa125fe10cc103ca626"
        ));
    }

    #[test]
    fn thirty_second_session_ids_signatures_and_published_examples() {
        // A Cloud Storage HMAC access id; an Adjust app token; an App Store Connect key id
        // beside its issuer.
        assert!(is_public_id(b"GOOG56JBMFZX6PMPTQ62VD2"));
        assert!(!is_public_id(b"GOOGLEPLAYSERVICES"));
        assert!(is_adjust_app_token(b"app_token", b"lebvc9v18j9s"));
        assert!(is_adjust_app_token(b"APP_TOKENS", b"m87u5e8l3i66"));
        assert!(!is_adjust_app_token(
            b"PUSHOVER_APP_TOKEN",
            b"pc68fy87tmdcl4s4qyeki3n2qjwrar"
        ));
        let altool = b"xcrun altool --upload-app --apiKey RI5R0EXAYS --apiIssuer 08ed45b1-c310";
        assert!(is_app_store_connect_key_id(
            b"apiKey",
            b"RI5R0EXAYS",
            altool
        ));
        // (Without its issuer, the same value is taken for a key.)
        // keyhook:allow-next-line=generic-secret-cli-flag (a made-up key id)
        let alone: &[u8] = b"--apiKey RI5R0EXAYS";
        assert!(!is_app_store_connect_key_id(
            b"apiKey",
            b"RI5R0EXAYS",
            alone
        ));
        // A command's last word names the id (`conf client_id <value>`); a secret's does not.
        assert!(gap_names_an_id(b"-cli-v4 conf client_id "));
        assert!(!gap_names_an_id(b"-cli-v4 conf client_secret "));
        assert!(!gap_names_an_id(b" client_id"));
        // A request's signature header.
        assert!(!name_may_hold_secret(b"X-App-Access-Sig"));
        assert!(name_may_hold_secret(b"X-App-Access-Token"));
        // A JWS carrying its certificate chain (Apple's signed notifications) is signed data.
        assert!(is_certificate_signed_jws(
            b"eyJhbGciOiJFUzI1NiIsIng1YyI6WyJNSUlCIl19.eyJub3RpZmljYXRpb25UeXBlIjoiRElEX1JFTkVXIn0.c2ln"
        ));
        assert!(!is_certificate_signed_jws(
            b"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"
        ));
        // A published example, whole or as the part a provider's rule takes (X's bearer token).
        assert!(is_placeholder(b"xaxkj7HNh8kwg8e5t4m6KvSrbTI"));
        assert!(is_placeholder(
            b"0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
        ));
        assert!(!is_placeholder(b"c9Ub0wnz4XsNiRVBChTYbJcE3F"));
        // Public ids: a Dynatrace token's public part, WeChat and Feishu app ids, a Yandex
        // Cloud folder, a beehiiv publication; a TeamCity secure value is a reference.
        assert!(is_public_id(b"dt0c01.GUP5G3NZLQX7DFCN4LZHRH2R"));
        assert!(!is_public_id(
            b"dt0c01.GUP5G3NZLQX7DFCN4LZHRH2R.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM57"
        ));
        assert!(is_public_id(b"wx7aa9eae8c82097f0"));
        assert!(is_public_id(b"cli_ad3df9ac04453aaa"));
        assert!(is_public_id(b"b1gsrpydjqwd0o6zfyk7"));
        assert!(is_public_id(b"pub_0ae64fa2-0129-4e6e-9794-3eed47092163"));
        assert!(is_reference(
            b"credentialsJSON:a58a4d2a-4012-4c6f-9708-5eb53afa64ed"
        ));
        // Digests and signed data: Midtrans's signature_key, a Metabase embedding URL's token.
        let sha512 = [b'a'; 128];
        assert!(is_signature_key_digest(b"signature_key", &sha512));
        assert!(!is_signature_key_digest(b"signature_key", &sha512[..64]));
        assert!(is_signed_embed_path(
            b"https://metabase.example.com/embed/dashboard/"
        ));
        // A Ghost Content API key beside Ghost's name; not elsewhere.
        let ghost: [&[u8]; 2] = [
            b"# publish to Ghost",
            b"key = \"d5391bda4879dd06c103ba1bdc\"",
        ];
        assert!(is_ghost_content_key(
            b"d5391bda4879dd06c103ba1bdc",
            &ghost,
            1
        ));
        assert!(!is_ghost_content_key(
            b"d5391bda4879dd06c103ba1bdc",
            &ghost[1..],
            0
        ));
        // An SQL INSERT's value fills the column at its place in the tuple.
        let sql: [&[u8]; 2] = [
            b"INSERT INTO api_keys (id, type, secret, role_id)",
            b"VALUES ('630972b688393c181b6b02ff', 'admin', 'x', '675b27e99a118a3b4f69b5ba');",
        ];
        let column = |at: &[u8]| {
            let start = find(sql[1], at).unwrap_or(0);
            sql_insert_column(&sql, 1, start).map(|c| String::from_utf8_lossy(&c).into_owned())
        };
        assert_eq!(column(b"630972").as_deref(), Some("id"));
        assert_eq!(column(b"x'").as_deref(), Some("secret"));
        assert_eq!(column(b"675b27").as_deref(), Some("role_id"));
        let no_insert: [&[u8]; 1] = [b"VALUES ('a', 'b')"];
        assert_eq!(sql_insert_column(&no_insert, 0, 9), None);
        // A Wi-Fi network's name; a placeholder in camel case.
        assert!(!name_may_hold_secret(b"SECRET_SSID"));
        assert!(is_placeholder(b"!ChangeMe!"));
    }

    #[test]
    fn thirty_sixth_session_public_keys_and_example_keys() {
        // Counting bytes in base64 (00…1f, 00…0f) are a specification's example.
        assert!(is_placeholder(
            b"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
        ));
        assert!(is_placeholder(b"AAECAwQFBgcICQoLDA0ODw=="));
        // The standards' test vectors (RFC 7748's Bob, in base64).
        assert!(is_placeholder(
            b"XasIfmJKikt54X+Lg4AO5m87sSkmGLb9HC+LJ/+I4Os="
        ));
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        assert!(!is_placeholder(
            b"AAkLIsqnoyhirCkkMWU0+FX/BIR228ATxG3rt7QiMOJ="
        ));
        // A Tink public keyset's key material; a private one's is not public.
        let public: Vec<&[u8]> = vec![
            b"  \"typeUrl\": \"type.googleapis.com/google.crypto.tink.Ed25519PublicKey\",",
            b"  \"value\": \"EiCiPVhwil7QHyAS3YNHIlfd2+Do2kUc0O5yj020xeWJAw==\",",
        ];
        assert!(is_tink_public_key_value(b"value", &public, 1));
        let private: Vec<&[u8]> = vec![
            b"  \"typeUrl\": \"type.googleapis.com/google.crypto.tink.Ed25519PrivateKey\",",
            b"  \"value\": \"EiCiPVhwil7QHyAS3YNHIlfd2+Do2kUc0O5yj020xeWJAw==\",",
        ];
        assert!(!is_tink_public_key_value(b"value", &private, 1));
        // An OpenPGP public key without its armour (ed25519, RSA); a random value is not one.
        assert!(is_openpgp_public_key_blob(
            b"mDMEZiXTFxYJKwYBBAHaRw8BAQdA1GrxFafvgXImerucjW9Thv/vcdqth/vwLkz4spDZ5w60NFdheW5l"
        ));
        assert!(is_openpgp_public_key_blob(
            b"mQINBGV2kX8BEADHk3m2Vq8r1s9v0t2w3x4y5z6A7B8C9D0E1F2G3H4I5J6K7L8M9N0O1P2Q3R4S5T6"
        ));
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        assert!(!is_openpgp_public_key_blob(
            b"mQ7vTn3LzR5wKp2mQx9Yc4Hd1Sp6Ge5Ja0Uo3Ni8Bt4Zr7Wq2Lk9Xv4Tn6Bm1Yc8Hd3Sp5Gf0Ja7U"
        ));
        assert!(!name_may_hold_secret(b"sign-key-sha3-384"));
        // AnyDesk's salts, a public key's file in a Secret, an incident's deduplication key.
        assert!(!name_may_hold_secret(b"ad.anynet.pwd_salt"));
        assert!(!name_may_hold_secret(b"id_ed25519.pub"));
        assert!(!name_may_hold_secret(b"incident_key"));
        assert!(!name_may_hold_secret(b"1Password"));
        assert!(name_may_hold_secret(b"password_salt"));
        // RustDesk's relay key below the relay's address.
        let rustdesk: Vec<&[u8]> = vec![
            b"relay-server = 'ts32.example.lan'",
            b"key = 'Rfl9mFmEtzNLDARI+faXT9FoqRe3wz0onZRQZzHkBjQ='",
        ];
        assert!(is_rustdesk_public_key(
            b"Rfl9mFmEtzNLDARI+faXT9FoqRe3wz0onZRQZzHkBjQ=",
            b"key",
            &rustdesk,
            1
        ));
        // WordPress's generated tokens hold brackets; a call does too.
        // keyhook:allow-next-line=generic-secret-quoted-literal (made-up value)
        let token = b"47)e$3OQOpE*vG@^@Ya5pZsRG3^^U(YzW84CeU5%r#vZBEk3sxRHd5791rHxzlJ@";
        assert!(value_fits_name(
            b"WPCOM_ACCESS_TOKEN",
            token,
            Some(b'\''),
            Some(b'\'')
        ));
        assert!(!value_fits_name(
            b"WPCOM_ACCESS_TOKEN",
            b"getenvironmentvariable(WPCOM_ACCESS_TOKEN_NAME_2024)",
            Some(b'\''),
            Some(b'\'')
        ));
    }

    #[test]
    fn thirty_ninth_session_public_shapes_and_odd_cased_words() {
        // Payment providers' public keys, Proxmox token ids in Proxmox's realms, certificates.
        assert!(is_public_id(b"pk_sbox_gjvv7fsk6cs5fceyayx3z6tzwnq"));
        assert!(is_public_id(b"pk_7427f86b-3a74-4e3f-8ae0-d57a72bac3f5"));
        assert!(is_public_id(b"pk_zbysoylfvyudfil4vynkv5jp5pq"));
        assert!(!is_public_id(b"pk_7aDDe026F89953e31E8ebfD29796935d5Q"));
        assert!(is_public_id(b"terraform@pve!ci"));
        assert!(!is_public_id(b"Pl0v3r@nch0r!33"));
        assert!(!is_public_id(b"c4ny0n@Marek97!Copper9"));
        assert!(is_public_id(
            b"MIIDdzCCAl+gAwIBAgIJAKxr0yKl2lm2MA0GCSqGSIb3DQEBCwUAMFIxCzAJBgNVBAYTAkFV"
        ));
        assert!(!is_public_id(
            b"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCSblSf8qchmP5C6TpnGdjw"
        ));
        // Random letters that happen to spell a secret's word are no name.
        assert!(looks_random(b"KVJDskeYGtxMerkQFjqH5"));
        assert!(!looks_random(b"rc4_key_st_value"));
        // Ciphertext made to be committed.
        assert!(is_ciphertext(
            b"encrypted:BFn4egwq2vK67/kulte/EHt5YEhjgAafSVQrAArJSgOBXZrwk55c5OyVM4dQccFF"
        ));
        assert!(is_ciphertext(
            b"XCP.4iQr0vG7OUKDCmB47yK9Jy6ahNIBCmEr9XNspa4c_hWEK-Qk-WjurW2pNeAQoEmhAeKVgX"
        ));
        // An Elixir module attribute is a reference, not a value.
        assert!(!value_fits_name(
            b"hashed_password",
            b"argon2_hash",
            Some(b'@'),
            Some(b'}')
        ));
        assert!(is_published_example(
            b"sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq"
        ));
    }

    #[test]
    fn thirty_fifth_session_cookie_names_and_text_seeds() {
        // A cookie's name that carries the site's hash or number is no value.
        assert!(!looks_random(
            b"wordpress_logged_in_c0efc90448dcf33a591250a173d23923="
        ));
        assert!(!looks_random(
            b"remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d"
        ));
        assert!(!looks_random(b"_hjSessionUser_2596584"));
        assert!(looks_random(
            b"ogl_k989ImuRf--7Vw67JMdC4-_RBcg2bJX4olsozoYwH749"
        ));
        // Base32 that spells text; random base32.
        assert!(!looks_random(b"NFZS25DINFZV643VOAZXELLTGNRXEM3UH4"));
        assert!(looks_random(b"GW2G3K5I6DMJPNMRPUG6QITWRQUGH6DS"));
        // A keyring entry is a reference.
        assert!(is_reference(b"keyring:pixiv/PHPSESSID"));
        // ZNC's stored hashes; a bouncer password masked after its user.
        assert!(is_password_hash(
            b"sha256#c080a03add9d101c4a782606608f27bdf6b5cc4ce8663142f747d055da258d7d#eGBxYONHUp3HDBWFDqeb#"
        ));
        assert!(!is_password_hash(
            b"sha256#c080a03add9d101c4a782606608f27bd"
        ));
        assert!(is_placeholder(b"gustavo/tilde:***"));
        assert!(!is_placeholder(b"gustavo/tilde:Qv7rT2mXw9"));
        assert!(!name_may_hold_secret(b"stored_key"));
        // Upper-case words that name the secret; a vault tag.
        assert!(is_placeholder(b"VNCPASS"));
        assert!(is_placeholder(b"DB_PASSWORD"));
        assert!(!is_placeholder(b"QX7TPASS"));
        assert!(is_reference(b"!vault-ref"));
        // A RustDesk relay's public key beside its name.
        let lines: Vec<&[u8]> = vec![
            b"# RustDesk relay",
            b"key = 'Rfl9mFmEtzNLDARI+faXT9FoqRe3wz0onZRQZzHkBjQ='",
        ];
        assert!(is_rustdesk_public_key(
            b"Rfl9mFmEtzNLDARI+faXT9FoqRe3wz0onZRQZzHkBjQ=",
            b"key",
            &lines,
            1
        ));
    }

    #[test]
    fn thirty_fourth_session_device_tokens_key_files_and_crash_keys() {
        let lines: Vec<&[u8]> = vec![
            b"    {",
            b"      \"platform\": \"ios\",",
            b"      \"token\": \"f2e49cb23a15e7238d9184f7244e02ee3d97e09e15aa9b548f99b2f425033334\",",
        ];
        let token = b"f2e49cb23a15e7238d9184f7244e02ee3d97e09e15aa9b548f99b2f425033334";
        assert!(is_apns_device_token(token, b"token", &lines, 2));
        // Not under a secret's name, nor without a platform nearby.
        assert!(!is_apns_device_token(token, b"api_token", &lines, 2));
        assert!(!is_apns_device_token(token, b"token", &lines[2..], 0));
        assert!(is_key_file_name(b"AuthKey_D83848D23.p8"));
        assert!(is_key_file_name(b"service-account.json"));
        assert!(!is_key_file_name(b"Zq8vLm2TxR7wKp4N"));
        assert!(!looks_random(b"D83848D23.p8"));
        assert!(!name_may_hold_secret(b"CrashReporter Key"));
        // Flyway's placeholders are values put into migrations.
        assert!(name_may_hold_secret(b"flyway.placeholders.fdw_password"));
        assert!(!name_may_hold_secret(b"placeholder_password"));
        assert!(name_may_hold_secret(b"PAYPAL_API_SIGNATURE"));
        assert!(!name_may_hold_secret(b"X-Signature"));
        assert!(is_placeholder(b"_DBC_PASS_"));
        assert!(is_placeholder(b"__DB_PASSWORD__"));
        assert!(!is_placeholder(b"_Xk9mQ2vLp7wR_"));
        assert!(is_public_id(b"js.c800o1.szKqeNKbI6MjOQhuRx1cOL"));
        assert!(!is_public_id(b"s2s.c800o1.szKqeNKbI6MjOQhuRx1cOL"));
        assert!(is_public_sdk_token_init(
            b"Mixpanel.initialize(token: \"3eec9c7e4ac342cbd2edbf5dca86909b\", trackAutomaticEvents: false)"
        ));
    }

    #[test]
    fn thirty_third_session_lookup_keys_and_more() {
        // The word before a bare `key` names a lookup key.
        assert!(qualifies_lookup_key(b"[12:00:01] Restoring cache"));
        assert!(qualifies_lookup_key(b"Partition"));
        assert!(!qualifies_lookup_key(b"Your API"));
        assert!(!qualifies_lookup_key(b"storage"));
        // Colab's notebook metadata.
        assert!(!name_may_hold_secret(b"authorship_tag"));
        assert!(name_may_hold_secret(b"PROXYCURL_API_KEY"));
        assert!(!name_may_hold_secret(b"x-ShareASale-Authentication"));
        // A host's token; the next setting after an empty one; a key's fingerprint.
        assert_eq!(
            host_token(b"github.com=Iv1.ba9e6b83479ff578"),
            Some(&b"Iv1.ba9e6b83479ff578"[..])
        );
        assert_eq!(host_token(b"Zq8=Kx"), None);
        assert!(opens_next_setting(b"dbname=ledgerd_test"));
        assert!(!opens_next_setting(b"Kx9=aQ2"));
        assert!(is_key_fingerprint(
            b"settings.default-key",
            b"F5C1EC7453D37B79258DD67EADCDC7A9D7C4875B"
        ));
        assert!(!is_key_fingerprint(
            b"api_key",
            b"F5C1EC7453D37B79258DD67EADCDC7A9D7C4875B"
        ));
        // Database tools' encrypted exports.
        let sqldev: [&[u8]; 3] = [
            b"\"RaptorConnectionType\": \"Oracle\",",
            b"\"serviceName\": \"ORCLPDB1\",",
            // keyhook:allow-next-line=generic-secret-assignment (made-up ciphertext)
            b"\"password\": \"VuduDjB8J7yd53XlTjt6BdGxiSVMrGiM9xNUTLBS0vg=\",",
        ];
        assert!(in_db_tool_encrypted_export(&sqldev, 2));
        // A reference split at its scheme's colon.
        let curl = b"curl -u \"op://Billing/Chargify/credential:x\"";
        assert!(split_reference(curl, 12));
        assert!(!split_reference(b"curl -u \"ops://x\"", 13));
        // An Okta client id.
        assert!(is_public_id(b"0oaS2Oue8OZlwnVnkIKk"));
        // A Pusher channel authorization.
        assert!(is_labelled_digest(
            b"f1a232215f59b76d4dd9:ca1c1e75af3b93aae8409c65962989e97aac2016d8d3efe1fb4fe6d67b70d424"
        ));
        // An FCM registration token, a VAPID public key.
        assert!(is_public_id(
            b"cIpd5jRQJrBGx6sAU0bzHG:APA91bCmtf2ceEpsU0D1ZbK_TMhSJye70EBeRdM8lA4DWFQptJv0NbvR6CF6y4xwhbsxfpqJvUXYWGeocv9dPTjo8w2LvxiD3T"
        ));
        assert!(is_public_id(
            b"BMqYrCwGAVlG9b7z0AKMVxK1zSxtNQuIiMQD4MIcLgxMiHzj0zf32mkyWyc2KZsIurELn_Y5Fw7rx98O3DYfblQ"
        ));
        assert!(!is_public_id(b"AAAAx3k9Lq2:APA91bCmtf2ceEpsU0D1ZbK_TMhSJye70EBeRdM8lA4DWFQptJv0NbvR6CF6y4xwhbsxfpqJvUXY"));
        assert!(!in_db_tool_encrypted_export(&sqldev[1..], 1));
    }
}
