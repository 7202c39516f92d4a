"""A labelled corpus for the secret detector: what a freelancer might paste, secret or harmless.

Each line is (text, is_secret). The secrets are made up; token-shaped ones are
built from pieces so that no scanner takes this file for a leak. The harmless
lines are the look-alikes that used to be refused, or that a careless rule
would refuse: identifiers, hashes, colours, numbers and sentences that talk
about passwords without holding one.
"""

from __future__ import annotations

HEX40 = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"
HEX64 = "e3b0c44298fc1c149afbf4c8996fb924" + "27ae41e4649b934ca495991b7852b855"
UUID = "550e8400-e29b-41d4-a716-446655440000"
BASE64_40 = "Zm9vYmFyYmF6cXV4" + "K2x3N0pQcVRrOHZXbTJy" + "c1Q0"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG" + "/bPxRfiCYEXAMPLEKEY"
JWT = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
BASIC = "YWRtaW46" + "aHVudGVyMg=="  # admin:hunter2
BASIC_SHORT = "dXNlcjpw" + "YXNz"  # user:pass

LABELLED = [
    "DB_PASSWORD=hunter2",
    "admin_password = Summer2026!",
    "api_token: 7f3kq9x2m4wz",
    f"aws_secret_access_key = {AWS_SECRET}",
    '"password": "x"',
    "{'password': 'swordfish'}",
    "passwd=rosebud",
    "pwd: tiger77",
    "secret = opensesame",
    "token=abc123xyz",
    "apikey=0a1b2c3d4e",
    "api-key: kitten-42",
    'private_key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"',
    "password: hunter2",
    "Password = letmein",
    "PASSWORD: correcthorsebatterystaple",
    "MYSQL_ROOT_PASSWORD=root",
    "SMTP_PASS=mailme99",
    "client_secret: abcdEFGH1234",
    "export DEPLOY_TOKEN=ab12cd34ef56",
    "password='swordfish'",
    '"DB_PASS": "s3cret"',
    "PGPASSWORD=hunter2 psql -h db.acme.example",
    "adminPassword: Tr0ub4dor",
    "X-API-Key: 0f9e8d7c6b5a4",
    "wifi password: BlueSky2024",
    "WordPress admin password: Summer2026!",
    "user=admin password=hunter2",
    "login admin / pw: marmalade",
    "access_token: ya-sk3-99fe",
    "refresh_token = r3fr3sh-me",
    "passphrase: 'correct horse battery staple'",
    "PIN: 4821",
    "codice PIN: 90210",
    "parola d'ordine: girasole",
    "Parola d’ordine = Mare2024",
    "chiave API: abc123def456",
    "chiave segreta: limone77",
    "codice di accesso: 55aa66bb",
    "credenziali: admin / hunter2",
    "Credentials: admin, hunter2",
    "password del sito: Ciao1234!",
    "licence_key = 7X9Q-2LMK-44PZ",
    "SECRET_KEY = 'django-insecure-9k2m4n6p8r'",
    "pass: swordfish",
    "db.password=Spring2025",
]

SPELLED_OUT = [
    "the password is swordfish",
    "The password is hunter2",
    "password is rosebud",
    "the admin password is tiger",
    "My password was letmein.",
    "the password for the wifi is seashell",
    "la password è girasole",
    "la password è Ciao1234",
    "La mia password era Pantera99",
    "la parola d'ordine è mandarino",
    "il PIN è 4821",
    "the token is abc123def456ghi",
    "la password del server è Tramonto!",
    "password Summer2026!",
    "PIN 7734",
]

URL_CREDENTIALS = [
    "https://user:pass@host",
    "user:pass@host",
    "postgres://user:pass@host/db",
    "Staging: https://admin:s3cr3t@staging.acme.example/wp-admin",
    "ftp://deploy:Tr0ub4dor@ftp.acme.example",
    "deploy:Tr0ub4dor@ftp.acme.example",
    "redis://:p4ssw0rd@cache.acme.example:6379",
    "mongodb+srv://admin:Secr3t@cluster0.acme.example",
    "ssh root:toor@203.0.113.7",
    "smb://mario:girasole@nas.local/share",
    "https://api.acme.example/export?token=9f8e7d6c5b4a",
    "https://shop.acme.example/api?api_key=AbCdEfGh12345678&format=json",
    "https://acme.example/login?user=jane&password=hunter2",
]

AUTH_HEADERS = [
    f"Authorization: Basic {BASIC}",
    f"Authorization: Basic {BASIC_SHORT}",
    f"Basic {BASIC}",
    "Authorization: Bearer " + "abcDEF123456ghiJKL789",
    "Bearer " + "9a8b7c6d5e4f3a2b1c0d",
    "Authorization: Token " + "abcd1234efgh5678",
    f"Authorization: Bearer {JWT}",
    "Proxy-Authorization: Basic " + BASIC_SHORT,
]

CLI_FLAGS = [
    "mysql -u root -phunter2",
    "mysql -uroot -p'hunter2' shop",
    "mysqldump -u admin -pSummer2026 shop > dump.sql",
    "wp db export --password=hunter2",
    "--password hunter2",
    "mysql -u root -p 'x'",
    "sshpass -p girasole ssh deploy@203.0.113.7",
    "curl -u admin:hunter2 https://api.acme.example",
    "deploy --token=ab12cd34ef56gh78",
    "mysql --user=root --password='Summer 2026'",
]

PRIVATE_KEYS = [
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA",
    "-----BEGIN OPENSSH PRIVATE KEY-----",
    "-----BEGIN PRIVATE KEY-----",
    "-----BEGIN EC PRIVATE KEY-----",
    "-----BEGIN ENCRYPTED PRIVATE KEY-----",
    "-----BEGIN PGP PRIVATE KEY BLOCK-----",
    "PuTTY-User-Key-File-3: ssh-ed25519",
]

TOKEN_SHAPES = [
    "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnop",
    "sk-" + "proj-4f9Kd8s7Hq2Lm5Np0Rt3Vw6Xy9Za1Bc",
    "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
    "xoxb-" + "123456789012-abcdefABCDEF",
    "AKIA" + "IOSFODNN7EXAMPLE",
    "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY",
    "glpat-" + "xxxxXXXXxxxxXXXXxxxx",
    JWT,
    "https://hooks.slack.com/services/" + "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "npm_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
    "hf_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6",
    "SG." + "abcdefghij0123456789ab.ABCDEFGHIJ0123456789abcdefghijklmno",
    "ya29." + "a0AfH6SMBx1y2z3A4B5C6D7E8F9G0h",
    BASE64_40,
    "xK9#mP2vL8q!",
    "Tr0ub4dor&3x",
    "AGE-SECRET-KEY-1" + "QQQQ3F5A8XQ0Z7W9H2L4K6M8N0P2R4T6V8X0Z2B4D6F8H0J2L4N6P8R0",
]

SECRETS = LABELLED + SPELLED_OUT + URL_CREDENTIALS + AUTH_HEADERS + CLI_FLAGS + PRIVATE_KEYS + TOKEN_SHAPES

IDENTIFIERS = [
    HEX40,
    HEX40[:7],
    f"Fixed in commit {HEX40[:7]}",
    f"Merged {HEX40} into main",
    HEX64,
    f"sha256:{HEX64}",
    f"SHA-256 of the archive: {HEX64}",
    UUID,
    UUID.replace("-", ""),
    f"Project {UUID}",
    "d41d8cd98f00b204e9800998ecf8427e",
    "#A7F3K9Q2",
    "#ff8800",
    "Brand colour #1E90FF, accent #A7F3K9",
    "A1b2C3d4",
    "https://design.example/file/kT7pQ2rX9mN4vB6sL1wZ3c/Homepage-v2?node-id=12-34",
    "kT7pQ2rX9mN4vB6sL1wZ3c",
    "https://acme.example/landing?key=homepage-hero",
    "https://acme.example/?utm_source=newsletter&utm_campaign=winter-2026",
    "https://video.example/watch?v=dQw4w9WgXcQ",
    "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz0123456789/edit",
    "https://acme.example/reset?token=",
    "iPhone15Pro mockups",
    "RSSMRA85M01H501Z",
    "Tracking 1Z999AA10123456784",
    "v2.14.3",
    "python3.12 and node18",
    "x86_64-linux-gnu",
    "ISO-8601, COVID-19, B2B, H2O",
    "#launch2026",
    "Ticket ACME-1234 and PR #567",
    "Order 7Y4K-9Q2M-X3BT",
]

NUMBERS = [
    "Invoice INV-104 for €1,200.00 is due on 2026-11-30.",
    "INV-2026-0042",
    "Fattura n. 2026/118 del 30/11/2026",
    "+39 02 1234 5678",
    "+1 (555) 010-2030",
    "IT60 X054 2811 1010 0000 0123 456",
    "IT60X0542811101000000123456",
    "DE89370400440532013000",
    "P.IVA IT12345678901",
    "2026-11-30T09:00:00+01:00",
    "30/11/2026",
    "€1.200,00",
    "$12,500.00 per month",
    "1e11",
    "Meeting at 10:30 @ the office",
]

ADDRESSES = [
    "jane@acme.example",
    "mario.rossi+work@example.com",
    "mailto:jane@acme.example",
    "git@github.com:acme/site.git",
    "ssh deploy@203.0.113.7",
    "https://jane@acme.example/calendar",
    "https://acme.example/wp-admin",
    "postgres://db.acme.example:5432/shop",
    "http://[::1]:8080/",
    "sftp://files.acme.example:2222/uploads",
]

COMMANDS = [
    "docker run -p 8080:80 web",
    "mkdir -p ~/projects/acme",
    "ssh -p 2222 deploy@203.0.113.7",
    "docker login --password-stdin < token.txt",
    "git log -p --since=2026-01-01",
    "mysql -u root -p shop",
    "curl -u admin https://api.acme.example",
    "wp db export --password=$DB_PASSWORD",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl jane@laptop",
]

LABELLED_PLACEHOLDERS = [
    "password: ********",
    "DB_PASSWORD=${DB_PASSWORD}",
    "token: <your token here>",
    "api_key: null",
    '"password": ""',
    "password = {{ vault_password }}",
    "api_token: …",
    "password_hint: the cat's name",
    "password_policy = 12 characters",
    "token_expiry: 2026-12-31",
    "Password manager: the shared vault",
    "Gestore password: il vault condiviso",
    "Secret santa: Mario",
    "Password reset: 2026-11-30",
    "Token ID: " + UUID,
    "Primary key: id",
    "Keyboard shortcut: ctrl+p",
    "Password: ask Jane, she keeps them in the vault.",
    "Passwords: handed over through the shared vault",
    "Password: in the vault",
    "Password: see the handover document",
    "Password: n/a",
    "Token: revoked",
    "Credentials: handed over in person",
    "Password: vedi il gestore condiviso",
    "PIN: inviato per posta",
    "Basic plan: €20 per month",
]

SENTENCES = [
    "I will hand over the password manager entries",
    "Reset the admin password after the handover.",
    "The password is in the shared vault.",
    "The password is stored in the vault.",
    "The password is expired.",
    "The password is correct, the login still fails.",
    "the password is changed every month",
    "The API key for the shop is stored in their dashboard.",
    "Tokens will be revoked on the last working day.",
    "This token is what the site uses to reach the shop.",
    "Consegnerò le credenziali tramite il gestore di password.",
    "La password è nel gestore condiviso.",
    "La password è scaduta.",
    "la password è stata cambiata ieri",
    "Parola chiave: consegna",
    "The secret is to start early.",
    "Bearer of bad news: the budget is cut.",
    "Secretary: Anna Bianchi",
    "Thank you for three good years of work together.",
    "The work no longer fits where my business is going.",
    "We agreed on payment within 30 days; the last three invoices ran late.",
    "Use Trello for tasks and Mailchimp for the newsletter until someone new starts.",
    "Website redesign, Newsletter templates, brand-identity-refresh-2026",
    "Passwordless login is enabled for the shop.",
    "Spin: 3 rounds of review",
    "Note: pass the files to Mario",
    "The token economy talk is on Friday.",
    "Grazie per questi tre anni di lavoro insieme.",
]

HARMLESS = IDENTIFIERS + NUMBERS + ADDRESSES + COMMANDS + LABELLED_PLACEHOLDERS + SENTENCES

CORPUS: list[tuple[str, bool]] = [(text, True) for text in SECRETS] + [(text, False) for text in HARMLESS]
