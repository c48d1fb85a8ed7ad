#!/usr/bin/env python3
"""gen_n.py -- blind evaluation-set generator "n" for a git pre-commit secret scanner.

EMPHASIS
    Fintech, payments, e-commerce and web3/crypto repositories: places where
    transaction hashes, contract addresses, public keys, payment-object ids and
    publishable keys sit right next to real secrets.  Positives are payment
    provider secrets (Stripe, PayPal/Braintree, Adyen, Square, Checkout.com,
    Mollie, Razorpay, Paystack, Flutterwave, Plaid, Wise, GoCardless, Klarna,
    Dwolla, Marqeta, Lithic, Twilio), exchange API secrets (Coinbase CDP,
    Binance, Kraken, Bybit, OKX), node/RPC keys (Alchemy, Infura, QuickNode,
    Helius, Etherscan, Moralis), wallet material (EVM private keys, Solana
    keypairs, Bitcoin WIF, BIP-32 xprv, BIP-39 mnemonics), e-commerce tokens
    (Shopify, WooCommerce, BigCommerce, Magento, Avalara, TaxJar, EasyPost,
    Shippo) and the human-chosen database passwords of such apps.
    Negatives are the hard look-alikes these projects legitimately commit.

USAGE
    python3 gen_n.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500, one file per directory), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"}) for positives.  Deterministic per SEED: the only
    randomness is random.Random(SEED).  Standard library only.  A self-check
    runs at the end (needle on the stated line, no positive needle inside any
    negative) and prints counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the minimal secret substring exactly as written in the file.
    * Pair credentials (key id + secret: Razorpay, WooCommerce ck_/cs_, Binance,
      Kraken, Bybit, OKX, Twilio SK+secret, Plaid client_id+secret, Braintree
      merchant/public/private, Dwolla) count as ONE credential; the needle is
      the secret half.  The id half is present as ordinary context.
    * URLs carrying a key in the path/query (Alchemy, Infura, QuickNode, Helius
      RPC URLs) and database URLs: needle = the key / the password only.
    * PEM private keys (Coinbase CDP EC keys): needle = the first base64 body
      line (64 chars), which is identical whether the PEM is written with real
      newlines or with "\\n" escapes inside a JSON/env string.
    * Solana id.json keypairs: needle = the whole "[n,n,...]" array text (one line).
    * BIP-39 mnemonics: needle = the whole phrase (words separated by one space).
    * line = 1-based line number of the first occurrence of the needle.
    * Files are 5-80 lines, except formats that are shorter by nature and are
      written exactly as the tools write them: Solana id.json (one line),
      Coinbase cdp_api_key.json (4 lines), bare .pem public keys.

DOUBTS (formats I am not sure about)
    * Stripe: modern keys are written as sk_live_51<account-tail><random> with
      99 chars after the prefix; the exact split between the embedded account
      tail and the random part is my reconstruction.  Legacy 24-char keys are
      also produced.  whsec_ = 32 alnum (dashboard) or 64 hex (Stripe CLI).
    * Adyen API keys: "AQE" + base64 + "=-" + base64 + "=-" + a short tail with
      punctuation.  Reconstructed from memory of published examples; the exact
      internal structure is undocumented.
    * Checkout.com: NAS keys sk_[sbox_]<26 base32 lowercase><1 char>, ABC keys
      sk_test_/sk_ + UUID; from memory of SDK validation, not from docs.
    * Klarna: klarna_<live|test>_api_<random> is documented; the random part's
      alphabet/length (base64-ish, ~80 chars) is a guess from the truncated
      example in Klarna's docs.
    * EasyPost (EZAK/EZTK + 32 hex + 22 alnum), BigCommerce (31 [a-z0-9]),
      Magento integration tokens (32 [a-z0-9]), Dwolla (50 alnum key/secret),
      Marqeta and Lithic (UUID-shaped tokens), Bybit (18/36 alnum), Kraken
      (56-char key, 88-char base64 secret of 64 bytes), QuickNode (40 hex path
      token), Moralis (JWT API key) are from memory of public examples.
    * Wise, Lithic, Marqeta and Helius secrets are plain UUIDs: a scanner can
      only catch them from context; the same shape is used for innocent ids in
      negatives (idempotency keys, request ids) on purpose.
    * Solana keypairs: the last 32 bytes are the real Ed25519 public key of the
      first 32 (computed here).  Bitcoin WIF / xprv use real base58check.
      EVM addresses in negatives are EIP-55 checksummed with a built-in
      Keccak-256.  BIP-39 mnemonics use the full embedded English wordlist and
      a correct checksum word.
    * Hardhat/Anvil default accounts (derived here from the published mnemonic
      "test test test test test test test test test test test junk" along
      m/44'/60'/0'/0/i) are NEGATIVES (kind published_test_key): they are
      public test vectors that every Hardhat user has; the same for the BIP-32
      test vector 1 xprv, the "abandon ... about" BIP-39 vector and the WIF
      example of the Bitcoin wiki (recomputed here from its private key).
      A scanner that reports them is not wrong in spirit, so these are the
      most debatable negatives.
    * Ethereum keystore v3 JSON (scrypt + aes-128-ctr ciphertext) is treated as
      a NEGATIVE ("ciphertext"): it is useless without the password, though
      some teams treat keystores as sensitive.
    * Publishable/public values (pk_live_, rzp_live_ key id alone, Adyen client
      key, PayPal client id, WalletConnect project id, Square application id,
      Paystack pk_, Flutterwave FLWPUBK, Klarna client id, Checkout pk_,
      Shopify API key / client id) are negatives per provider docs.
    * Mollie and GoCardless both use "live_"; Stripe Checkout Session ids
      (cs_live_...) collide with the WooCommerce cs_ prefix on purpose.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys
import zlib
from collections import Counter

# ---------------------------------------------------------------------------
# BIP-39 English wordlist (2048 words, official order)
# ---------------------------------------------------------------------------
BIP39_WORDS = """
abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid
acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance
advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album
alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among
amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique
anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor
army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume
asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado
avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance balcony ball
bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because become
beef before begin behave behind believe below belt bench benefit best betray better between beyond bicycle
bid bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind blood
blossom blouse blue blur blush board boat body boil bomb bone bonus book boost border boring
borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief
bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb
bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable
cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable
capital captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog
catch category cattle caught cause caution cave ceiling celery cement census century cereal certain chair chalk
champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child
chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap clarify
claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth cloud
clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column combine
come comfort comic common company concert conduct confirm congress connect consider control convince cook cool copper
copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack cradle
craft cram crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop
cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup cupboard curious
current curtain curve cushion custom cute cycle dad damage damp dance danger daring dash daughter dawn
day deal debate debris decade december decide decline decorate decrease deer defense define defy degree delay
deliver demand demise denial dentist deny depart depend deposit depth deputy derive describe desert design desk
despair destroy detail detect develop device devote diagram dial diamond diary dice diesel diet differ digital
dignity dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss disorder display distance divert divide
divorce dizzy doctor document dog doll dolphin domain donate donkey donor door dose double dove draft
dragon drama drastic draw dream dress drift drill drink drip drive drop drum dry duck dumb
dune during dust dutch duty dwarf dynamic eager eagle early earn earth easily east easy echo
ecology economy edge edit educate effort egg eight either elbow elder electric elegant element elephant elevator
elite else embark embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy
energy enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry envelope episode
equal equip era erase erode erosion error erupt escape essay essence estate eternal ethics evidence evil
evoke evolve exact example excess exchange excite exclude excuse execute exercise exhaust exhibit exile exist exit
exotic expand expect expire explain expose express extend extra eye eyebrow fabric face faculty fade faint
faith fall false fame family famous fan fancy fantasy farm fashion fat fatal father fatigue fault
favorite feature february federal fee feed feel female fence festival fetch fever few fiber fiction field
figure file film filter final find fine finger finish fire firm first fiscal fish fit fitness
fix flag flame flash flat flavor flee flight flip float flock floor flower fluid flush fly
foam focus fog foil fold follow food foot force forest forget fork fortune forum forward fossil
foster found fox fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel
fun funny furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment
gas gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle
ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue
goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape grass
gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar gun
gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard
head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip
hire history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital
host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband
hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact impose
improve impulse inch include income increase index indicate indoor industry infant inflict inform inhale inherit initial
inject injury inmate inner innocent input inquiry insane insect inside inspire install intact interest into invest
invite involve iron island isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel
job join joke journey joy judge juice jump jungle junior junk just kangaroo keen keep ketchup
key kick kid kidney kind kingdom kiss kit kitchen kite kitten kiwi knee knife knock know
lab label labor ladder lady lake lamp language laptop large later latin laugh laundry lava law
lawn lawsuit layer lazy leader leaf learn leave lecture left leg legal legend leisure lemon lend
length lens leopard lesson letter level liar liberty library license life lift light like limb limit
link lion liquid list little live lizard load loan lobster local lock logic lonely long loop
lottery loud lounge love loyal lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet
maid mail main major make mammal man manage mandate mango mansion manual maple marble march margin
marine market marriage mask mass master match material math matrix matter maximum maze meadow mean measure
meat mechanic medal media melody melt member memory mention menu mercy merge merit merry mesh message
metal method middle midnight milk million mimic mind minimum minor minute miracle mirror misery miss mistake
mix mixed mixture mobile model modify mom moment monitor monkey monster month moon moral more morning
mosquito mother motion motor mountain mouse move movie much muffin mule multiply muscle museum mushroom music
must mutual myself mystery myth naive name napkin narrow nasty nation nature near neck need negative
neglect neither nephew nerve nest net network neutral never news next nice night noble noise nominee
noodle normal north nose notable note nothing notice novel now nuclear number nurse nut oak obey
object oblige obscure observe obtain obvious occur ocean october odor off offer office often oil okay
old olive olympic omit once one onion online only open opera opinion oppose option orange orbit
orchard order ordinary organ orient original orphan ostrich other outdoor outer output outside oval oven over
own owner oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther paper
parade parent park parrot party pass patch path patient patrol pattern pause pave payment peace peanut
pear peasant pelican pen penalty pencil people pepper perfect permit person pet phone photo phrase physical
piano picnic picture piece pig pigeon pill pilot pink pioneer pipe pistol pitch pizza place planet
plastic plate play please pledge pluck plug plunge poem poet point polar pole police pond pony
pool popular portion position possible post potato pottery poverty powder power practice praise predict prefer prepare
present pretty prevent price pride primary print priority prison private prize problem process produce profit program
project promote proof property prosper protect proud provide public pudding pull pulp pulse pumpkin punch pupil
puppy purchase purity purpose purse push put puzzle pyramid quality quantum quarter question quick quit quiz
quote rabbit raccoon race rack radar radio rail rain raise rally ramp ranch random range rapid
rare rate rather raven raw razor ready real reason rebel rebuild recall receive recipe record recycle
reduce reflect reform refuse region regret regular reject relax release relief rely remain remember remind remove
render renew rent reopen repair repeat replace report require rescue resemble resist resource response result retire
retreat return reunion reveal review reward rhythm rib ribbon rice rich ride ridge rifle right rigid
ring riot ripple risk ritual rival river road roast robot robust rocket romance roof rookie room
rose rotate rough round route royal rubber rude rug rule run runway rural sad saddle sadness
safe sail salad salmon salon salt salute same sample sand satisfy satoshi sauce sausage save say
scale scan scare scatter scene scheme school science scissors scorpion scout scrap screen script scrub sea
search season seat second secret section security seed seek segment select sell seminar senior sense sentence
series service session settle setup seven shadow shaft shallow share shed shell sheriff shield shift shine
ship shiver shock shoe shoot shop short shoulder shove shrimp shrug shuffle shy sibling sick side
siege sight sign silent silk silly silver similar simple since sing siren sister situate six size
skate sketch ski skill skin skirt skull slab slam sleep slender slice slide slight slim slogan
slot slow slush small smart smile smoke smooth snack snake snap sniff snow soap soccer social
sock soda soft solar soldier solid solution solve someone song soon sorry sort soul sound soup
source south space spare spatial spawn speak special speed spell spend sphere spice spider spike spin
spirit split spoil sponsor spoon sport spot spray spread spring spy square squeeze squirrel stable stadium
staff stage stairs stamp stand start state stay steak steel stem step stereo stick still sting
stock stomach stone stool story stove strategy street strike strong struggle student stuff stumble style subject
submit subway success such sudden suffer sugar suggest suit summer sun sunny sunset super supply supreme
sure surface surge surprise surround survey suspect sustain swallow swamp swap swarm swear sweet swift swim
swing switch sword symbol symptom syrup system table tackle tag tail talent talk tank tape target
task taste tattoo taxi teach team tell ten tenant tennis tent term test text thank that
theme then theory there they thing this thought three thrive throw thumb thunder ticket tide tiger
tilt timber time tiny tip tired tissue title toast tobacco today toddler toe together toilet token
tomato tomorrow tone tongue tonight tool tooth top topic topple torch tornado tortoise toss total tourist
toward tower town toy track trade traffic tragic train transfer trap trash travel tray treat tree
trend trial tribe trick trigger trim trip trophy trouble truck true truly trumpet trust truth try
tube tuition tumble tuna tunnel turkey turn turtle twelve twenty twice twin twist two type typical
ugly umbrella unable unaware uncle uncover under undo unfair unfold unhappy uniform unique unit universe unknown
unlock until unusual unveil update upgrade uphold upon upper upset urban urge usage use used useful
useless usual utility vacant vacuum vague valid valley valve van vanish vapor various vast vault vehicle
velvet vendor venture venue verb verify version very vessel veteran viable vibrant vicious victory video view
village vintage violin virtual virus visa visit visual vital vivid vocal voice void volcano volume vote
voyage wage wagon wait walk wall walnut want warfare warm warrior wash wasp waste water wave
way wealth weapon wear weasel weather web wedding weekend weird welcome west wet whale what wheat
wheel when where whip whisper wide width wife wild will win window wine wing wink winner
winter wire wisdom wise wish witness wolf woman wonder wood wool word work world worry worth
wrap wreck wrestle wrist write wrong yard year yellow you young youth zebra zero zone zoo
""".split()

# ---------------------------------------------------------------------------
# crypto helpers (pure python)
# ---------------------------------------------------------------------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64C = ALNUM + "+/"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def sha256(b):
    return hashlib.sha256(b).digest()


def b58enc(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58check(payload):
    return b58enc(payload + sha256(sha256(payload))[:4])


def b62enc(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


# Keccak-256 (Ethereum flavour, original padding 0x01)
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    p = bytearray(data)
    p.append(0x01)
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        blk = p[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr20):
    h = addr20.hex()
    d = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if int(d[i], 16) >= 8 else c for i, c in enumerate(h))


# short Weierstrass curves
class Curve:
    def __init__(self, p, a, b, gx, gy, n):
        self.p, self.a, self.b, self.G, self.n = p, a, b, (gx, gy), n

    def add(self, P, Q):
        if P is None:
            return Q
        if Q is None:
            return P
        p = self.p
        if P[0] == Q[0]:
            if (P[1] + Q[1]) % p == 0:
                return None
            lam = (3 * P[0] * P[0] + self.a) * pow(2 * P[1], -1, p) % p
        else:
            lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
        x = (lam * lam - P[0] - Q[0]) % p
        return (x, (lam * (P[0] - x) - P[1]) % p)

    def mul(self, k, P=None):
        P = P or self.G
        R = None
        while k:
            if k & 1:
                R = self.add(R, P)
            P = self.add(P, P)
            k >>= 1
        return R


SECP256K1 = Curve(2 ** 256 - 2 ** 32 - 977, 0, 7,
                  0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
                  0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
                  0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141)
P256 = Curve(0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF,
             -3, 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
             0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
             0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
             0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551)


def pub_compressed(curve, k):
    X, Y = curve.mul(k)
    return bytes([2 + (Y & 1)]) + X.to_bytes(32, "big")


def pub_uncompressed(curve, k):
    X, Y = curve.mul(k)
    return b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")


def eth_address_from_key(k):
    return eip55(keccak256(pub_uncompressed(SECP256K1, k)[1:])[-20:])


# Ed25519 public key derivation (RFC 8032)
_Q = 2 ** 255 - 19
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    if x % 2:
        x = _Q - x
    return x


_BY = 4 * pow(5, -1, _Q) % _Q
_BPT = (_xrecover(_BY), _BY)


def _edadd(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = _D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _Q) % _Q,
            (y1 * y2 + x1 * x2) * pow(1 - t, -1, _Q) % _Q)


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    R, P = (0, 1), _BPT
    while a:
        if a & 1:
            R = _edadd(R, P)
        P = _edadd(P, P)
        a >>= 1
    x, y = R
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# bech32 (BIP-173) for bc1q addresses
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_segwit(hrp, witver, prog):
    acc, bits, data = 0, 0, [witver]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


# BIP-32 / BIP-39
def bip32_serialize(version, depth, fpr, child, chain, keydata):
    return b58check(version + bytes([depth]) + fpr + child.to_bytes(4, "big") + chain + keydata)


def bip32_master(seed):
    I = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    return int.from_bytes(I[:32], "big"), I[32:]


def bip32_ckd(k, c, i):
    if i >= 0x80000000:
        data = b"\0" + k.to_bytes(32, "big") + i.to_bytes(4, "big")
    else:
        data = pub_compressed(SECP256K1, k) + i.to_bytes(4, "big")
    I = hmac.new(c, data, hashlib.sha512).digest()
    return (int.from_bytes(I[:32], "big") + k) % SECP256K1.n, I[32:]


def bip39_from_entropy(ent):
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(len(ent) * 8)
    cs = len(ent) * 8 // 32
    bits += bin(sha256(ent)[0])[2:].zfill(8)[:cs]
    return " ".join(BIP39_WORDS[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def bip39_seed(mn, passphrase=""):
    return hashlib.pbkdf2_hmac("sha512", mn.encode(), ("mnemonic" + passphrase).encode(), 2048)


def hardhat_default_keys(n=5):
    seed = bip39_seed("test test test test test test test test test test test junk")
    k, c = bip32_master(seed)
    for i in (44 | 0x80000000, 60 | 0x80000000, 0x80000000, 0):
        k, c = bip32_ckd(k, c, i)
    out = []
    for i in range(n):
        ki, _ = bip32_ckd(k, c, i)
        out.append(ki)
    return out


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")


def p256_sec1_pem(k):
    pub = pub_uncompressed(P256, k)
    body = der(0x30, der(0x02, b"\x01") + der(0x04, k.to_bytes(32, "big")) +
               der(0xa0, OID_P256) + der(0xa1, der(0x03, b"\x00" + pub)))
    b64 = base64.b64encode(body).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----\n", lines[0]


def p256_spki_pem(k):
    pub = pub_uncompressed(P256, k)
    body = der(0x30, der(0x30, OID_ECPUB + OID_P256) + der(0x03, b"\x00" + pub))
    b64 = base64.b64encode(body).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END PUBLIC KEY-----\n"


# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------
class Rng:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def i(self, a, b):
        return self.r.randint(a, b)

    def shuffle(self, x):
        self.r.shuffle(x)
        return x

    def sample(self, seq, k):
        return self.r.sample(seq, min(k, len(seq)))

    def uuid(self):
        v = bytearray(self.bytes(16))
        v[6] = (v[6] & 0x0F) | 0x40
        v[8] = (v[8] & 0x3F) | 0x80
        h = v.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, pad=True):
        s = base64.b64encode(self.bytes(nbytes)).decode()
        return s if pad else s.rstrip("=")

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode().rstrip("=")

    def privkey(self, curve=SECP256K1):
        while True:
            k = int.from_bytes(self.bytes(32), "big")
            if 0 < k < curve.n:
                return k

    def ts(self):
        return f"2024-{self.i(1, 12):02d}-{self.i(1, 28):02d}T{self.i(0, 23):02d}:{self.i(0, 59):02d}:{self.i(0, 59):02d}Z"

    def date(self):
        return f"20{self.i(22, 25)}-{self.i(1, 12):02d}-{self.i(1, 28):02d}"


FIRST = ["Marek", "Kasia", "Olivia", "Tomas", "Priya", "Diego", "Lena", "Hugo", "Aiko", "Sven",
         "Rafael", "Noor", "Ingrid", "Mateo", "Chloe", "Bartek", "Yusuf", "Freya", "Dario", "Mila"]
WORDS = ["winter", "harbor", "falcon", "mango", "river", "sunset", "copper", "violet", "thunder",
         "maple", "pepper", "orbit", "cobalt", "summit", "willow", "ember", "lagoon", "saffron",
         "granite", "meadow", "tango", "pixel", "nomad", "biscuit", "marble", "crimson"]
CITIES = ["Gdansk", "Porto", "Lyon", "Austin", "Leeds", "Turku", "Cusco", "Bergen", "Osaka", "Split"]
SYMS = "!#$%&*.-_@?"


def human_password(g):
    w = g.c(WORDS)
    pat = g.i(0, 6)
    if pat == 0:
        return f"{g.c(FIRST)}{g.c('.-_')}{g.i(1968, 2004)}{w}"
    if pat == 1:
        leet = w.replace("o", "0").replace("a", "4").replace("e", "3")
        return f"{leet.capitalize()}{g.c('&#%')}{g.i(2, 9)}"
    if pat == 2:
        return f"{w.capitalize()}{g.c(WORDS).capitalize()}{g.i(10, 99)}{g.c(SYMS)}"
    if pat == 3:
        return f"{g.c(FIRST)}{g.c('#@')}{g.c(CITIES)}{g.i(70, 99)}"
    if pat == 4:
        return f"{g.c(WORDS)}-{g.c(WORDS)}-{g.c(WORDS)}-{g.i(2, 9)}"
    if pat == 5:
        return f"{g.c(CITIES)}{g.i(1990, 2023)}{g.c(SYMS)}{g.c(WORDS)}"
    return f"{w[:1].upper()}{w[1:]}{g.c(SYMS)}{g.c(FIRST).lower()}{g.i(1, 31):02d}"


def strong_passphrase(g):
    # e.g. Chainlink keystore passwords: >=16 chars, 3 upper, 3 digits, 3 symbols
    return (f"{g.c(WORDS).capitalize()}{g.c(SYMS)}{g.c(WORDS).capitalize()}{g.c(SYMS)}"
            f"{g.i(1000, 9999)}{g.c(SYMS)}{g.c(CITIES)}")


# ---------------------------------------------------------------------------
# value model
# ---------------------------------------------------------------------------
class Ref:
    """A reference to a value kept outside the repo (env var / secret store)."""

    def __init__(self, env):
        self.env = env


class Spec:
    def __init__(self, provider, kind, value, name, group, comps=(), needle=None,
                 role=None, fmt="str", title=None, fts=None):
        self.provider = provider
        self.kind = kind
        self.value = value            # str or Ref
        self.name = name              # canonical UPPER_SNAKE
        self.group = group            # lowercase group / section name
        self.comps = list(comps)      # [(NAME, value)] non-secret companions
        self.needle = needle if needle is not None else (value if isinstance(value, str) else None)
        self.role = role              # web3 slot: pk, rpc, explorer, mnemonic, addr, tx
        self.fmt = fmt                # str | pem | solarr
        self.title = title or group.capitalize()
        self.fts = fts                # restricted filetypes (None = generic kv set)
        self.sec_env = name           # env var name used by references
        self.slot_ok = True           # may be used as a credential in code (False for public ids/hashes)


GENERIC_NAMES = ["KEY", "TOKEN", "SECRET", "API_KEY", "API_SECRET", "AUTH_TOKEN", "PRIVATE_KEY",
                 "ACCESS_TOKEN", "CREDENTIAL", "PK", "SK", "LIVE_KEY", "PROD_KEY"]


def pick_name(g, names, generic=None):
    if g.p(0.34):
        return g.c(generic or GENERIC_NAMES), True
    return g.c(names), False


def eth_addr(g):
    return eip55(g.bytes(20))


def stripe_tail(g):
    return "1" + g.s(ALNUM, 15)


def stripe_id(g, prefix, tail=None, n=24):
    if tail and n >= 20:
        return prefix + g.c("123") + tail[1:9] + g.s(ALNUM, n - 9)
    return prefix + g.s(ALNUM, n)


# ---------------------------------------------------------------------------
# POSITIVE credential generators
# ---------------------------------------------------------------------------
def pos_stripe(g, kind):
    tail = stripe_tail(g)
    live = kind != "secret_key_test"
    mode = "live" if live else "test"
    if kind == "webhook_secret":
        v = "whsec_" + (g.s(ALNUM, 32) if g.p(0.7) else g.hex(64))
        nm, gen = pick_name(g, ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET", "STRIPE_ENDPOINT_SECRET"],
                            ["WEBHOOK_SECRET", "SIGNING_SECRET", "SECRET", "ENDPOINT_SECRET"])
        comps = [("STRIPE_WEBHOOK_ID", stripe_id(g, "we_", tail))]
        return Spec("stripe", kind, v, nm, "stripe", comps)
    pre = {"secret_key_live": "sk_live_", "secret_key_test": "sk_test_", "restricted_key": "rk_live_"}[kind]
    v = pre + ("5" + tail + g.s(ALNUM, 82) if g.p(0.7) else g.s(ALNUM, 24 if pre != "rk_live_" else 99))
    names = {"rk_live_": ["STRIPE_RESTRICTED_KEY", "STRIPE_RK", "STRIPE_REPORTING_KEY"]}.get(
        pre, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_SK", f"STRIPE_{mode.upper()}_SECRET_KEY"])
    nm, _ = pick_name(g, names)
    comps = [("STRIPE_PUBLISHABLE_KEY", f"pk_{mode}_5{tail}{g.s(ALNUM, 82)}")] if g.p(0.6) else []
    if g.p(0.4):
        comps.append(("STRIPE_ACCOUNT_ID", "acct_" + tail))
    return Spec("stripe", kind, v, nm, "stripe", comps)


def pos_paypal(g, kind):
    cid = "A" + g.s(URLSAFE, 79)
    if kind == "client_secret":
        v = "E" + g.s(URLSAFE, 79)
        nm, _ = pick_name(g, ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"], ["CLIENT_SECRET", "SECRET"])
        return Spec("paypal", kind, v, nm, "paypal", [("PAYPAL_CLIENT_ID", cid), ("PAYPAL_MODE", "live")], title="PayPal")
    v = "A21AA" + g.s(URLSAFE, 92)
    nm, _ = pick_name(g, ["PAYPAL_ACCESS_TOKEN", "PAYPAL_BEARER"], ["ACCESS_TOKEN", "BEARER_TOKEN"])
    return Spec("paypal", kind, v, nm, "paypal", [("PAYPAL_CLIENT_ID", cid)], title="PayPal")


def pos_braintree(g, kind):
    mid = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 16)
    if kind == "access_token":
        v = f"access_token$production${mid}${g.hex(32)}"
        nm, _ = pick_name(g, ["BRAINTREE_ACCESS_TOKEN", "BT_ACCESS_TOKEN"])
        return Spec("braintree", kind, v, nm, "braintree", [], title="Braintree")
    v = g.hex(32)
    nm, _ = pick_name(g, ["BRAINTREE_PRIVATE_KEY", "BT_PRIVATE_KEY"], ["PRIVATE_KEY", "SECRET"])
    return Spec("braintree", kind, v, nm, "braintree",
                [("BRAINTREE_MERCHANT_ID", mid), ("BRAINTREE_PUBLIC_KEY", g.s(LOALNUM, 16)),
                 ("BRAINTREE_ENVIRONMENT", "production")], title="Braintree")


def pos_adyen(g, kind):
    if kind == "api_key":
        v = ("AQE" + g.s(B64C, 5) + g.b64(72).rstrip("=") + "=-" + g.b64(32) + "-" +
             g.s(ALNUM + "<>()#$@:", 16))
        nm, _ = pick_name(g, ["ADYEN_API_KEY", "ADYEN_X_API_KEY"])
        comps = [("ADYEN_MERCHANT_ACCOUNT", g.c(["Northwind", "AcmeShop", "Lumen", "Kestrel"]) + g.c(["ECOM", "POS", "Online"])),
                 ("ADYEN_ENVIRONMENT", "LIVE")]
        return Spec("adyen", kind, v, nm, "adyen", comps)
    v = g.s("0123456789ABCDEF", 64)
    nm, _ = pick_name(g, ["ADYEN_HMAC_KEY", "ADYEN_NOTIFICATION_HMAC"], ["HMAC_KEY", "HMAC_SECRET"])
    return Spec("adyen", kind, v, nm, "adyen", [("ADYEN_WEBHOOK_USERNAME", "adyen-webhook")])


def pos_square(g, kind):
    appid = "sq0idp-" + g.s(URLSAFE, 22)
    if kind == "access_token":
        v = "EAAA" + g.s(URLSAFE, 60)
        nm, _ = pick_name(g, ["SQUARE_ACCESS_TOKEN", "SQUARE_TOKEN"])
    else:
        v = "sq0csp-" + g.s(URLSAFE, 43)
        nm, _ = pick_name(g, ["SQUARE_APPLICATION_SECRET", "SQUARE_OAUTH_SECRET"], ["APP_SECRET", "CLIENT_SECRET"])
    return Spec("square", kind, v, nm, "square", [("SQUARE_APPLICATION_ID", appid), ("SQUARE_LOCATION_ID", "L" + g.s(UPALNUM, 12))])


def pos_checkout(g, kind):
    if g.p(0.7):
        sbox = g.p(0.4)
        v = "sk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L + "*#$=")
        pk = "pk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L)
    else:
        v = "sk_" + g.c(["test_", ""]) + g.uuid()
        pk = "pk_" + g.uuid()
    nm, _ = pick_name(g, ["CKO_SECRET_KEY", "CHECKOUT_SECRET_KEY", "CHECKOUTCOM_SECRET_KEY"])
    return Spec("checkout", kind, v, nm, "checkout", [("CKO_PUBLIC_KEY", pk)], title="Checkout.com")


def pos_mollie(g, kind):
    v = g.c(["live_", "live_", "test_"]) + g.s(ALNUM, 30)
    nm, _ = pick_name(g, ["MOLLIE_API_KEY", "MOLLIE_KEY"])
    return Spec("mollie", kind, v, nm, "mollie", [("MOLLIE_PROFILE_ID", "pfl_" + g.s(ALNUM, 10))])


def pos_razorpay(g, kind):
    v = g.s(ALNUM, 24)
    nm, _ = pick_name(g, ["RAZORPAY_KEY_SECRET", "RAZORPAY_SECRET"], ["KEY_SECRET", "SECRET"])
    return Spec("razorpay", kind, v, nm, "razorpay", [("RAZORPAY_KEY_ID", "rzp_live_" + g.s(ALNUM, 14))])


def pos_paystack(g, kind):
    v = "sk_live_" + g.hex(40)
    nm, _ = pick_name(g, ["PAYSTACK_SECRET_KEY", "PAYSTACK_SK"])
    return Spec("paystack", kind, v, nm, "paystack", [("PAYSTACK_PUBLIC_KEY", "pk_live_" + g.hex(40))])


def pos_flutterwave(g, kind):
    t = g.c(["FLWSECK-", "FLWSECK-", "FLWSECK_TEST-"])
    v = t + g.hex(32) + "-X"
    nm, _ = pick_name(g, ["FLW_SECRET_KEY", "FLUTTERWAVE_SECRET_KEY", "RAVE_SECRET_KEY"])
    return Spec("flutterwave", kind, v, nm, "flutterwave",
                [("FLW_PUBLIC_KEY", t.replace("SECK", "PUBK") + g.hex(32) + "-X")])


def pos_plaid(g, kind):
    if kind == "secret":
        v = g.hex(30)
        nm, _ = pick_name(g, ["PLAID_SECRET", "PLAID_PRODUCTION_SECRET"], ["SECRET", "CLIENT_SECRET"])
        return Spec("plaid", kind, v, nm, "plaid", [("PLAID_CLIENT_ID", g.hex(24)), ("PLAID_ENV", "production")])
    v = "access-production-" + g.uuid()
    nm, _ = pick_name(g, ["PLAID_ACCESS_TOKEN"], ["ACCESS_TOKEN", "TOKEN"])
    return Spec("plaid", kind, v, nm, "plaid", [("PLAID_ITEM_ID", g.s(ALNUM, 37))])


def pos_wise(g, kind):
    v = g.uuid()
    nm, _ = pick_name(g, ["WISE_API_TOKEN", "TRANSFERWISE_API_KEY", "WISE_TOKEN"], ["API_TOKEN", "TOKEN"])
    return Spec("wise", kind, v, nm, "wise", [("WISE_PROFILE_ID", str(g.i(10000000, 99999999))),
                                              ("WISE_API_URL", "https://api.transferwise.com")])


def pos_gocardless(g, kind):
    v = g.c(["live_", "live_", "sandbox_"]) + g.s(URLSAFE, 40)
    nm, _ = pick_name(g, ["GOCARDLESS_ACCESS_TOKEN", "GC_ACCESS_TOKEN"])
    return Spec("gocardless", kind, v, nm, "gocardless", [("GOCARDLESS_CREDITOR_ID", "CR" + g.s(UPALNUM, 12))], title="GoCardless")


def pos_klarna(g, kind):
    v = f"klarna_{g.c(['live', 'live', 'test'])}_api_" + g.s(ALNUM, g.i(72, 88))
    nm, _ = pick_name(g, ["KLARNA_API_KEY", "KLARNA_API_PASSWORD"])
    return Spec("klarna", kind, v, nm, "klarna", [("KLARNA_USERNAME", g.uuid()), ("KLARNA_REGION", g.c(["eu", "na", "oc"]))])


def pos_coinbase(g, kind):
    org, kid = g.uuid(), g.uuid()
    keyname = f"organizations/{org}/apiKeys/{kid}"
    if kind == "cdp_ec_private_key":
        pem, first = p256_sec1_pem(g.privkey(P256))
        return Spec("coinbase", kind, pem, "CDP_API_KEY_PRIVATE_KEY", "coinbase",
                    [("CDP_API_KEY_NAME", keyname)], needle=first, fmt="pem",
                    fts=["cdp_key_json", "cdp_key_json", "cdp_key_json", "pem_py", "pem_ts", "pem_env", "pem_yaml"], title="Coinbase")
    seed = g.bytes(32)
    v = base64.b64encode(seed + ed25519_pub(seed)).decode()
    nm, _ = pick_name(g, ["CDP_API_KEY_SECRET", "COINBASE_API_SECRET"], ["API_SECRET", "SECRET"])
    return Spec("coinbase", kind, v, nm, "coinbase", [("CDP_API_KEY_ID", g.uuid())], title="Coinbase")


def pos_exchange(g, prov, kind):
    if prov == "binance":
        v = g.s(ALNUM, 64)
        comps = [("BINANCE_API_KEY", g.s(ALNUM, 64))]
        names = ["BINANCE_API_SECRET", "BINANCE_SECRET_KEY"]
    elif prov == "kraken":
        v = g.b64(64)
        comps = [("KRAKEN_API_KEY", g.b64(42))]
        names = ["KRAKEN_PRIVATE_KEY", "KRAKEN_API_SECRET"]
    elif prov == "bybit":
        v = g.s(ALNUM, 36)
        comps = [("BYBIT_API_KEY", g.s(ALNUM, 18))]
        names = ["BYBIT_API_SECRET", "BYBIT_SECRET"]
    else:
        v = g.s("0123456789ABCDEF", 32)
        comps = [("OKX_API_KEY", g.uuid()), ("OKX_SIMULATED_TRADING", "0")]
        names = ["OKX_SECRET_KEY", "OKX_API_SECRET"]
    nm, _ = pick_name(g, names, ["API_SECRET", "SECRET", "SECRET_KEY", "PRIVATE_KEY"])
    return Spec(prov, kind, v, nm, prov, comps, title={"okx": "OKX"}.get(prov))


NETS = ["eth-mainnet", "eth-sepolia", "polygon-mainnet", "arb-mainnet", "opt-mainnet", "base-mainnet", "base-sepolia"]


def pos_rpc(g, prov, kind):
    if prov == "alchemy":
        key = g.s(URLSAFE, 32)
        if kind == "api_key":
            nm, _ = pick_name(g, ["ALCHEMY_API_KEY", "ALCHEMY_KEY", "NEXT_ALCHEMY_KEY"])
            return Spec("alchemy", kind, key, nm, "alchemy", [("ALCHEMY_NETWORK", g.c(NETS))])
        url = f"https://{g.c(NETS)}.g.alchemy.com/v2/{key}"
    elif prov == "infura":
        key = g.hex(32)
        net = g.c(["mainnet", "sepolia", "polygon-mainnet", "arbitrum-mainnet", "linea-mainnet"])
        url = f"https://{net}.infura.io/v3/{key}"
    elif prov == "quicknode":
        key = g.hex(40)
        url = (f"https://{g.c(WORDS)}-{g.c(WORDS)}-{g.c(WORDS)}."
               f"{g.c(['quiknode.pro', 'base-mainnet.quiknode.pro', 'matic.quiknode.pro', 'solana-mainnet.quiknode.pro', 'arbitrum-mainnet.quiknode.pro'])}/{key}/")
    else:  # helius
        key = g.uuid()
        url = f"https://{g.c(['mainnet', 'devnet'])}.helius-rpc.com/?api-key={key}"
    nm, _ = pick_name(g, ["MAINNET_RPC_URL", "RPC_URL", "ETH_RPC_URL", f"{prov.upper()}_URL", "PROVIDER_URL",
                          "SEPOLIA_RPC_URL", "POLYGON_RPC_URL"], ["URL", "RPC", "ENDPOINT", "NODE_URL"])
    if prov == "helius":
        nm = g.c(["SOLANA_RPC_URL", "HELIUS_RPC_URL", "RPC_ENDPOINT", "ANCHOR_PROVIDER_URL"])
    sol = prov == "helius" or "solana" in url
    return Spec(prov, "rpc_url", url, nm, "rpc", [] if sol else [("CHAIN_ID", g.c(["1", "11155111", "137", "42161", "8453"]))],
                needle=key, role="solrpc" if sol else "rpc", title="RPC")


def pos_etherscan(g, kind):
    v = g.s(UPALNUM, 34)
    nm, _ = pick_name(g, ["ETHERSCAN_API_KEY", "POLYGONSCAN_API_KEY", "BASESCAN_API_KEY", "ARBISCAN_API_KEY"],
                      ["API_KEY", "KEY", "VERIFY_KEY"])
    return Spec("etherscan", kind, v, nm, "etherscan", [], role="explorer")


def jwt_part(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def pos_moralis(g, kind):
    iat = g.i(1680000000, 1720000000)
    payload = {"nonce": g.uuid(), "orgId": str(g.i(100000, 999999)), "userId": g.uuid(),
               "typeId": g.uuid(), "type": "PROJECT", "iat": iat, "exp": 4800000000 + g.i(0, 99999999)}
    v = jwt_part({"alg": "HS256", "typ": "JWT"}) + "." + jwt_part(payload) + "." + g.b64url(32)
    nm, _ = pick_name(g, ["MORALIS_API_KEY", "NEXT_PUBLIC_MORALIS_KEY"])
    return Spec("moralis", kind, v, nm, "moralis", [])


def pos_chainlink(g, kind):
    v = strong_passphrase(g)
    nm, _ = pick_name(g, ["CL_PASSWORD_KEYSTORE", "CHAINLINK_KEYSTORE_PASSWORD"], ["KEYSTORE_PASSWORD", "PASSWORD"])
    return Spec("chainlink", kind, v, nm, "chainlink", [("CL_DATABASE_HOST", "postgres.internal"), ("ETH_CHAIN_ID", "1")])


def pos_eth(g, kind):
    k = g.privkey().to_bytes(32, "big").hex()
    v = ("0x" + k) if kind == "private_key_0x" else k
    nm, _ = pick_name(g, ["PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "DEPLOYER_KEY", "WALLET_PRIVATE_KEY",
                          "ETH_PRIVATE_KEY", "OWNER_PRIVATE_KEY", "RELAYER_KEY"], ["KEY", "PK", "SIGNER", "ACCOUNT", "DEPLOYER"])
    return Spec("ethereum", kind, v, nm, "wallet", [("DEPLOYER_ADDRESS", eth_addr(g))] if g.p(0.3) else [],
                role="pk", title="Wallet")


def pos_solana(g, kind):
    seed = g.bytes(32)
    kp = seed + ed25519_pub(seed)
    pubb58 = b58enc(kp[32:])
    if kind == "keypair_json":
        v = "[" + ",".join(str(b) for b in kp) + "]"
        return Spec("solana", kind, v, "SOLANA_KEYPAIR", "solana", [("SOLANA_PUBKEY", pubb58)], fmt="solarr",
                    fts=["solana_id_json", "solana_id_json", "solarr_rs", "solarr_ts", "solarr_env", "solarr_py"])
    v = b58enc(kp)
    nm, _ = pick_name(g, ["SOLANA_PRIVATE_KEY", "WALLET_SECRET_KEY", "PAYER_SECRET_KEY", "SOL_PRIVATE_KEY"],
                      ["SECRET_KEY", "PK", "KEY"])
    return Spec("solana", kind, v, nm, "solana", [("WALLET_ADDRESS", pubb58)] if g.p(0.5) else [])


def pos_bitcoin(g, kind):
    k = g.privkey().to_bytes(32, "big")
    if kind == "wif":
        testnet = g.p(0.2)
        compressed = g.p(0.7)
        v = b58check((b"\xef" if testnet else b"\x80") + k + (b"\x01" if compressed else b""))
        nm, _ = pick_name(g, ["BTC_PRIVATE_KEY_WIF", "BITCOIN_WIF", "HOT_WALLET_WIF", "BTC_SIGNING_KEY"], ["WIF", "KEY", "PK"])
        return Spec("bitcoin", kind, v, nm, "bitcoin", [("BTC_NETWORK", "testnet" if testnet else "mainnet")])
    depth = g.c([0, 3, 3, 4])
    fpr = b"\0\0\0\0" if depth == 0 else g.bytes(4)
    child = 0 if depth == 0 else (0x80000000 | g.c([0, 0, 1])) if depth == 3 else g.c([0, 1])
    tprv = g.p(0.2)
    v = bip32_serialize(bytes.fromhex("04358394" if tprv else "0488ADE4"), depth, fpr, child, g.bytes(32),
                        b"\0" + k)
    nm, _ = pick_name(g, ["BTC_XPRV", "HD_WALLET_XPRV", "MASTER_XPRV", "TREASURY_XPRV"], ["XPRV", "ROOT_KEY", "EXTENDED_KEY"])
    return Spec("bitcoin", kind, v, nm, "bitcoin", [("DERIVATION_PATH", "m/84'/0'/0'")])


def pos_mnemonic(g, kind):
    n = 16 if kind == "mnemonic_12" else 32
    v = bip39_from_entropy(g.bytes(n))
    nm, _ = pick_name(g, ["MNEMONIC", "SEED_PHRASE", "DEPLOYER_MNEMONIC", "WALLET_MNEMONIC", "HD_MNEMONIC"],
                      ["PHRASE", "WORDS", "SEED", "SECRET"])
    return Spec("bip39", kind, v, nm, "wallet", [], role="mnemonic", title="Wallet")


def pos_shopify(g, kind):
    pre = {"admin_api_token": "shpat_", "shared_secret": "shpss_", "custom_app_token": "shpca_"}[kind]
    v = pre + g.hex(32)
    names = {"shpat_": ["SHOPIFY_ADMIN_API_ACCESS_TOKEN", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
             "shpss_": ["SHOPIFY_API_SECRET", "SHOPIFY_API_SECRET_KEY", "SHOPIFY_CLIENT_SECRET"],
             "shpca_": ["SHOPIFY_CUSTOM_APP_TOKEN", "SHOPIFY_TOKEN"]}[pre]
    nm, _ = pick_name(g, names)
    store = g.c(["northwind-coffee", "lumen-goods", "kestrel-outdoor", "mapleleaf-tea", "orbit-bikes"])
    return Spec("shopify", kind, v, nm, "shopify", [("SHOPIFY_STORE_DOMAIN", f"{store}.myshopify.com"),
                                                    ("SHOPIFY_API_KEY", g.hex(32))])


def pos_woo(g, kind):
    v = "cs_" + g.hex(40)
    nm, _ = pick_name(g, ["WOOCOMMERCE_CONSUMER_SECRET", "WC_CONSUMER_SECRET"], ["CONSUMER_SECRET", "SECRET"])
    return Spec("woocommerce", kind, v, nm, "woocommerce", [("WC_CONSUMER_KEY", "ck_" + g.hex(40)),
                                                            ("WC_STORE_URL", f"https://shop.{g.c(WORDS)}{g.c(['.com', '.de', '.co.uk'])}")],
                title="WooCommerce")


def pos_ecom_misc(g, prov, kind):
    if prov == "bigcommerce":
        v = g.s(LOALNUM, 31)
        names = ["BIGCOMMERCE_ACCESS_TOKEN", "BC_ACCESS_TOKEN"]
        comps = [("BIGCOMMERCE_STORE_HASH", g.s(LOALNUM, 10)), ("BIGCOMMERCE_CLIENT_ID", g.s(LOALNUM, 31))]
    elif prov == "magento":
        v = g.s(LOALNUM, 32)
        names = ["MAGENTO_ACCESS_TOKEN", "MAGENTO_INTEGRATION_TOKEN"]
        comps = [("MAGENTO_BASE_URL", "https://store.example-shop.com/rest/V1")]
    elif prov == "avalara":
        v = g.s("0123456789ABCDEF", 16)
        names = ["AVALARA_LICENSE_KEY", "AVATAX_LICENSE_KEY"]
        comps = [("AVALARA_ACCOUNT_ID", str(g.i(1100000000, 2099999999))), ("AVATAX_COMPANY_CODE", "DEFAULT")]
    elif prov == "taxjar":
        v = g.hex(32)
        names = ["TAXJAR_API_KEY", "TAXJAR_API_TOKEN"]
        comps = [("TAXJAR_API_URL", "https://api.taxjar.com")]
    elif prov == "easypost":
        v = g.c(["EZAK", "EZAK", "EZTK"]) + g.hex(32) + g.s(ALNUM, 22)
        names = ["EASYPOST_API_KEY", "EASYPOST_PROD_KEY"]
        comps = []
    else:  # shippo
        v = g.c(["shippo_live_", "shippo_live_", "shippo_test_"]) + g.hex(40)
        names = ["SHIPPO_API_TOKEN", "SHIPPO_API_KEY"]
        comps = []
    nm, _ = pick_name(g, names)
    return Spec(prov, kind, v, nm, prov, comps)


def pos_fin_misc(g, prov, kind):
    if prov == "twilio":
        sid = "AC" + g.hex(32)
        if kind == "auth_token":
            v = g.hex(32)
            nm, _ = pick_name(g, ["TWILIO_AUTH_TOKEN"], ["AUTH_TOKEN", "TOKEN"])
            return Spec(prov, kind, v, nm, prov, [("TWILIO_ACCOUNT_SID", sid)])
        v = g.s(ALNUM, 32)
        nm, _ = pick_name(g, ["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"], ["API_SECRET", "SECRET"])
        return Spec(prov, kind, v, nm, prov, [("TWILIO_API_KEY", "SK" + g.hex(32)), ("TWILIO_ACCOUNT_SID", sid)])
    if prov == "dwolla":
        v = g.s(ALNUM, 50)
        nm, _ = pick_name(g, ["DWOLLA_APP_SECRET", "DWOLLA_SECRET"], ["APP_SECRET", "SECRET"])
        return Spec(prov, kind, v, nm, prov, [("DWOLLA_APP_KEY", g.s(ALNUM, 50)), ("DWOLLA_ENVIRONMENT", "production")])
    if prov == "marqeta":
        v = g.uuid()
        nm, _ = pick_name(g, ["MARQETA_ADMIN_ACCESS_TOKEN", "MARQETA_ACCESS_TOKEN"], ["ACCESS_TOKEN", "PASSWORD"])
        return Spec(prov, kind, v, nm, prov, [("MARQETA_APPLICATION_TOKEN", g.uuid()),
                                              ("MARQETA_BASE_URL", "https://sandbox-api.marqeta.com/v3")])
    # lithic
    v = g.uuid()
    nm, _ = pick_name(g, ["LITHIC_API_KEY"], ["API_KEY", "KEY"])
    return Spec(prov, kind, v, nm, prov, [("LITHIC_ENVIRONMENT", "production")])


def pos_github(g, kind):
    body = g.s(ALNUM, 30)
    v = "ghp_" + body + b62enc(zlib.crc32(body.encode()), 6)
    nm, _ = pick_name(g, ["GH_TOKEN", "GITHUB_TOKEN", "GH_PAT", "RELEASE_TOKEN"], ["TOKEN"])
    return Spec("github", kind, v, nm, "github", [], title="GitHub")


def pos_db(g, kind):
    pw = human_password(g)
    user = g.c(["payments_app", "shop", "ledger", "checkout", "wallet_svc", "postgres", "app"])
    host = g.c(["db.internal", "postgres", "10.0.3.17", "ledger-db.prod.svc", "mysql", "127.0.0.1"])
    db = g.c(["payments", "shop_prod", "ledger", "orders", "wallet"])
    if kind == "postgres_url":
        v = f"postgresql://{user}:{pw}@{host}:5432/{db}"
        return Spec("postgres", kind, v, g.c(["DATABASE_URL", "POSTGRES_URL", "DB_DSN"]), "database", [], needle=pw, title="Database")
    if kind == "mongodb_url":
        v = f"mongodb+srv://{user}:{pw}@cluster0.{g.s(LOALNUM, 5)}.mongodb.net/{db}?retryWrites=true&w=majority"
        return Spec("mongodb", kind, v, g.c(["MONGODB_URI", "MONGO_URL"]), "database", [], needle=pw, title="Database")
    nm, _ = pick_name(g, ["DB_PASSWORD", "DATABASE_PASSWORD", "MYSQL_PASSWORD", "POSTGRES_PASSWORD"], ["PASSWORD", "PASS", "PWD"])
    return Spec(g.c(["mysql", "postgres"]), kind, pw, nm, "database",
                [("DB_HOST", host), ("DB_USER", user), ("DB_NAME", db)], title="Database")


POS_KINDS = [
    ("stripe", "secret_key_live", lambda g: pos_stripe(g, "secret_key_live"), 3),
    ("stripe", "secret_key_test", lambda g: pos_stripe(g, "secret_key_test"), 2),
    ("stripe", "restricted_key", lambda g: pos_stripe(g, "restricted_key"), 2),
    ("stripe", "webhook_secret", lambda g: pos_stripe(g, "webhook_secret"), 2),
    ("paypal", "client_secret", lambda g: pos_paypal(g, "client_secret"), 2),
    ("paypal", "access_token", lambda g: pos_paypal(g, "access_token"), 1),
    ("braintree", "access_token", lambda g: pos_braintree(g, "access_token"), 1),
    ("braintree", "private_key", lambda g: pos_braintree(g, "private_key"), 1),
    ("adyen", "api_key", lambda g: pos_adyen(g, "api_key"), 2),
    ("adyen", "hmac_key", lambda g: pos_adyen(g, "hmac_key"), 1),
    ("square", "access_token", lambda g: pos_square(g, "access_token"), 2),
    ("square", "application_secret", lambda g: pos_square(g, "application_secret"), 1),
    ("checkout", "secret_key", lambda g: pos_checkout(g, "secret_key"), 2),
    ("mollie", "api_key", lambda g: pos_mollie(g, "api_key"), 1),
    ("razorpay", "key_secret", lambda g: pos_razorpay(g, "key_secret"), 2),
    ("paystack", "secret_key", lambda g: pos_paystack(g, "secret_key"), 1),
    ("flutterwave", "secret_key", lambda g: pos_flutterwave(g, "secret_key"), 1),
    ("plaid", "secret", lambda g: pos_plaid(g, "secret"), 2),
    ("plaid", "access_token", lambda g: pos_plaid(g, "access_token"), 1),
    ("wise", "api_token", lambda g: pos_wise(g, "api_token"), 1),
    ("gocardless", "access_token", lambda g: pos_gocardless(g, "access_token"), 1),
    ("klarna", "api_key", lambda g: pos_klarna(g, "api_key"), 1),
    ("coinbase", "cdp_ec_private_key", lambda g: pos_coinbase(g, "cdp_ec_private_key"), 3),
    ("coinbase", "cdp_ed25519_secret", lambda g: pos_coinbase(g, "cdp_ed25519_secret"), 1),
    ("binance", "api_secret", lambda g: pos_exchange(g, "binance", "api_secret"), 2),
    ("kraken", "private_key", lambda g: pos_exchange(g, "kraken", "private_key"), 1),
    ("bybit", "api_secret", lambda g: pos_exchange(g, "bybit", "api_secret"), 1),
    ("okx", "secret_key", lambda g: pos_exchange(g, "okx", "secret_key"), 1),
    ("alchemy", "api_key", lambda g: pos_rpc(g, "alchemy", "api_key"), 2),
    ("alchemy", "rpc_url", lambda g: pos_rpc(g, "alchemy", "rpc_url"), 3),
    ("infura", "rpc_url", lambda g: pos_rpc(g, "infura", "rpc_url"), 3),
    ("quicknode", "rpc_url", lambda g: pos_rpc(g, "quicknode", "rpc_url"), 2),
    ("helius", "rpc_url", lambda g: pos_rpc(g, "helius", "rpc_url"), 1),
    ("etherscan", "api_key", lambda g: pos_etherscan(g, "api_key"), 3),
    ("moralis", "api_key", lambda g: pos_moralis(g, "api_key"), 1),
    ("chainlink", "keystore_password", lambda g: pos_chainlink(g, "keystore_password"), 1),
    ("ethereum", "private_key_0x", lambda g: pos_eth(g, "private_key_0x"), 7),
    ("ethereum", "private_key_raw", lambda g: pos_eth(g, "private_key_raw"), 4),
    ("solana", "keypair_json", lambda g: pos_solana(g, "keypair_json"), 3),
    ("solana", "secret_key_base58", lambda g: pos_solana(g, "secret_key_base58"), 2),
    ("bitcoin", "wif", lambda g: pos_bitcoin(g, "wif"), 2),
    ("bitcoin", "xprv", lambda g: pos_bitcoin(g, "xprv"), 2),
    ("bip39", "mnemonic_12", lambda g: pos_mnemonic(g, "mnemonic_12"), 3),
    ("bip39", "mnemonic_24", lambda g: pos_mnemonic(g, "mnemonic_24"), 2),
    ("shopify", "admin_api_token", lambda g: pos_shopify(g, "admin_api_token"), 2),
    ("shopify", "shared_secret", lambda g: pos_shopify(g, "shared_secret"), 1),
    ("shopify", "custom_app_token", lambda g: pos_shopify(g, "custom_app_token"), 1),
    ("woocommerce", "consumer_secret", lambda g: pos_woo(g, "consumer_secret"), 2),
    ("bigcommerce", "access_token", lambda g: pos_ecom_misc(g, "bigcommerce", "access_token"), 1),
    ("magento", "integration_token", lambda g: pos_ecom_misc(g, "magento", "integration_token"), 1),
    ("avalara", "license_key", lambda g: pos_ecom_misc(g, "avalara", "license_key"), 1),
    ("taxjar", "api_token", lambda g: pos_ecom_misc(g, "taxjar", "api_token"), 1),
    ("easypost", "api_key", lambda g: pos_ecom_misc(g, "easypost", "api_key"), 1),
    ("shippo", "api_token", lambda g: pos_ecom_misc(g, "shippo", "api_token"), 1),
    ("twilio", "auth_token", lambda g: pos_fin_misc(g, "twilio", "auth_token"), 1),
    ("twilio", "api_key_secret", lambda g: pos_fin_misc(g, "twilio", "api_key_secret"), 1),
    ("dwolla", "app_secret", lambda g: pos_fin_misc(g, "dwolla", "app_secret"), 1),
    ("marqeta", "access_token", lambda g: pos_fin_misc(g, "marqeta", "access_token"), 1),
    ("lithic", "api_key", lambda g: pos_fin_misc(g, "lithic", "api_key"), 1),
    ("github", "pat_classic", lambda g: pos_github(g, "pat_classic"), 1),
    ("postgres", "postgres_url", lambda g: pos_db(g, "postgres_url"), 2),
    ("mongodb", "mongodb_url", lambda g: pos_db(g, "mongodb_url"), 1),
    ("database", "db_password", lambda g: pos_db(g, "db_password"), 2),
]


# ---------------------------------------------------------------------------
# NEGATIVE look-alike generators
# ---------------------------------------------------------------------------
KNOWN_PREFIXES = ["access_token$production$", "klarna_live_api_", "klarna_test_api_", "shippo_live_", "shippo_test_",
                  "FLWSECK_TEST-", "FLWSECK-", "sk_live_", "sk_test_", "rk_live_", "sk_sbox_", "whsec_", "sq0csp-",
                  "shpat_", "shpss_", "shpca_", "access-production-", "live_", "test_", "sandbox_", "cs_", "EAAA",
                  "A21AA", "EZAK", "EZTK", "ghp_", "AQE", "sk_", "0x"]


def prefix_of(v):
    for p in KNOWN_PREFIXES:
        if v.startswith(p):
            return p
    return ""


def str_pos_spec(g, filt=None):
    while True:
        _, _, fn, _ = g.c(POS_KINDS)
        sp = fn(g)
        if sp.fmt == "str" and (filt is None or filt(sp)):
            return sp


def neg_env_ref(g):
    sp = str_pos_spec(g)
    sp.value, sp.needle, sp.kind = Ref(sp.name), None, "env_reference"
    return sp


def neg_placeholder(g):
    sp = str_pos_spec(g)
    v = sp.value
    pre = prefix_of(v)
    if sp.role == "pk":
        opts = ["0xYOUR_PRIVATE_KEY", "0x" + "0" * 64, "<DEPLOYER_PRIVATE_KEY>", "your-private-key-here",
                "0x<your-private-key>", "PASTE_YOUR_PRIVATE_KEY_HERE"]
    elif sp.role == "mnemonic":
        opts = ["word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12",
                "<your twelve word seed phrase>", "your mnemonic goes here", "REPLACE_WITH_MNEMONIC"]
    elif sp.role in ("rpc", "solrpc"):
        host = v.split("/")[2]
        tail = v[len(v) - len(sp.needle) - 1:] if sp.needle else ""
        opts = [v.replace(sp.needle, "<YOUR_API_KEY>"), v.replace(sp.needle, "YOUR-PROJECT-ID"),
                v.replace(sp.needle, "your-key-here"), f"https://{host}/"]
        del tail
    elif sp.needle and sp.needle != v:  # db urls
        opts = [v.replace(sp.needle, "password"), v.replace(sp.needle, "<password>"), v.replace(sp.needle, "CHANGE_ME")]
    elif pre:
        opts = [pre + "...", pre + "YOUR_KEY_HERE", pre + "x" * 24, pre + "<secret>", f"{pre}REPLACE_ME", pre]
    else:
        opts = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO-set-me",
                "<redacted>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your-secret-here", ""]
    sp.value, sp.needle, sp.kind = g.c(opts), None, "placeholder"
    return sp


def neg_masked(g):
    sp = str_pos_spec(g, lambda s: s.role not in ("rpc", "solrpc", "mnemonic") and s.needle == s.value)
    v = sp.value
    pre = prefix_of(v)
    last4 = v[-4:]
    opts = [pre + "*" * g.i(8, 24) + last4, pre + "\u2026" + last4, pre + "\u2022" * 12 + last4,
            "****************" + last4, "[REDACTED]", "<redacted>", "********", pre + v[len(pre):len(pre) + 4] + "..." + "(truncated)"]
    if pre == "sk_live_" or pre == "sk_test_":
        opts.append(pre + "\u2026" + "4242")
    sp.value, sp.needle, sp.kind = g.c(opts), None, "masked"
    return sp


def neg_public(g):
    which = g.i(0, 14)
    tail = stripe_tail(g)
    if which == 0:
        mode = g.c(["live", "test"])
        v = f"pk_{mode}_5{tail}{g.s(ALNUM, 82)}" if g.p(0.7) else f"pk_{mode}_" + g.s(ALNUM, 24)
        return Spec("stripe", "publishable_key", v, g.c(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY",
                                                            "VITE_STRIPE_PK", "STRIPE_PK", "REACT_APP_STRIPE_KEY"]), "stripe",
                    [("STRIPE_SECRET_KEY", Ref("STRIPE_SECRET_KEY"))] if g.p(0.4) else [])
    if which == 1:
        return Spec("razorpay", "key_id", "rzp_live_" + g.s(ALNUM, 14), g.c(["RAZORPAY_KEY_ID", "NEXT_PUBLIC_RAZORPAY_KEY"]), "razorpay",
                    [("RAZORPAY_KEY_SECRET", Ref("RAZORPAY_KEY_SECRET"))])
    if which == 2:
        return Spec("adyen", "client_key", g.c(["live_", "test_"]) + g.s(UPALNUM, 32), g.c(["ADYEN_CLIENT_KEY", "NEXT_PUBLIC_ADYEN_CLIENT_KEY"]), "adyen",
                    [("ADYEN_ENVIRONMENT", "live")])
    if which == 3:
        return Spec("paypal", "client_id", "A" + g.s(URLSAFE, 79), g.c(["PAYPAL_CLIENT_ID", "NEXT_PUBLIC_PAYPAL_CLIENT_ID"]), "paypal",
                    [("PAYPAL_CLIENT_SECRET", Ref("PAYPAL_CLIENT_SECRET"))], title="PayPal")
    if which == 4:
        return Spec("walletconnect", "project_id", g.hex(32), g.c(["NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID", "WALLETCONNECT_PROJECT_ID",
                                                                   "VITE_WC_PROJECT_ID", "PROJECT_ID"]), "walletconnect", [], title="WalletConnect")
    if which == 5:
        return Spec("square", "application_id", "sq0idp-" + g.s(URLSAFE, 22), "SQUARE_APPLICATION_ID", "square",
                    [("SQUARE_LOCATION_ID", "L" + g.s(UPALNUM, 12))])
    if which == 6:
        return Spec("paystack", "public_key", "pk_live_" + g.hex(40), "PAYSTACK_PUBLIC_KEY", "paystack", [])
    if which == 7:
        return Spec("flutterwave", "public_key", "FLWPUBK-" + g.hex(32) + "-X", "FLW_PUBLIC_KEY", "flutterwave", [])
    if which == 8:
        return Spec("klarna", "client_id", f"klarna_live_client_" + g.s(ALNUM, 60), "KLARNA_CLIENT_ID", "klarna", [])
    if which == 9:
        sbox = g.p(0.5)
        return Spec("checkout", "public_key", "pk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L),
                    "CKO_PUBLIC_KEY", "checkout", [], title="Checkout.com")
    if which == 10:
        return Spec("shopify", "api_key_client_id", g.hex(32), g.c(["SHOPIFY_API_KEY", "SHOPIFY_CLIENT_ID"]), "shopify",
                    [("SHOPIFY_API_SECRET", Ref("SHOPIFY_API_SECRET"))])
    if which == 11:
        return Spec("plaid", "client_id", g.hex(24), "PLAID_CLIENT_ID", "plaid", [("PLAID_ENV", "sandbox")])
    if which == 12:
        return Spec("twilio", "account_sid", "AC" + g.hex(32), "TWILIO_ACCOUNT_SID", "twilio",
                    [("TWILIO_AUTH_TOKEN", Ref("TWILIO_AUTH_TOKEN"))])
    if which == 13:
        return Spec("coinbase", "cdp_key_name", f"organizations/{g.uuid()}/apiKeys/{g.uuid()}", "CDP_API_KEY_NAME", "coinbase",
                    [("CDP_API_KEY_PRIVATE_KEY", Ref("CDP_API_KEY_PRIVATE_KEY"))], title="Coinbase")
    return Spec("braintree", "merchant_id", g.s(LOALNUM, 16), "BRAINTREE_MERCHANT_ID", "braintree",
                [("BRAINTREE_PUBLIC_KEY", g.s(LOALNUM, 16)), ("BRAINTREE_PRIVATE_KEY", Ref("BRAINTREE_PRIVATE_KEY"))], title="Braintree")


def neg_ids(g):
    tail = stripe_tail(g)
    which = g.i(0, 11)
    tbl = [("pi_", "PAYMENT_INTENT_ID", 24), ("ch_", "CHARGE_ID", 24), ("cus_", "CUSTOMER_ID", 14),
           ("price_", "STRIPE_PRICE_ID", 24), ("prod_", "STRIPE_PRODUCT_ID", 14), ("we_", "STRIPE_WEBHOOK_ENDPOINT_ID", 24),
           ("evt_", "LAST_EVENT_ID", 24), ("cs_live_", "CHECKOUT_SESSION_ID", 58)]
    if which < len(tbl):
        pre, nm, n = tbl[which]
        v = pre + (g.c("123") + tail[1:9] + g.s(ALNUM, n - 9) if n == 24 else g.s(ALNUM, n))
        return Spec("stripe", "object_id", v, nm, "stripe", [])
    if which == 8:
        return Spec("generic", "idempotency_key", g.uuid(), g.c(["IDEMPOTENCY_KEY", "REQUEST_ID", "X_IDEMPOTENCY_KEY"]), "payments", [])
    if which == 9:
        return Spec("paypal", "order_id", g.s(UPALNUM, 17), g.c(["PAYPAL_ORDER_ID", "CAPTURE_ID"]), "paypal", [], title="PayPal")
    if which == 10:
        return Spec("mollie", "profile_id", "pfl_" + g.s(ALNUM, 10), "MOLLIE_PROFILE_ID", "mollie", [("MOLLIE_API_KEY", Ref("MOLLIE_API_KEY"))])
    return Spec("gocardless", "creditor_id", "CR" + g.s(UPALNUM, 12), "GOCARDLESS_CREDITOR_ID", "gocardless", [], title="GoCardless")


def neg_chain(g):
    which = g.i(0, 11)
    if which == 0:
        return Spec("ethereum", "tx_hash", "0x" + g.hex(64), g.c(["DEPLOY_TX_HASH", "MINT_TX", "TX_HASH", "LAST_TX"]), "wallet", [], role="tx")
    if which == 1:
        return Spec("ethereum", "block_hash", "0x" + g.hex(64), g.c(["FORK_BLOCK_HASH", "START_BLOCK_HASH"]), "wallet",
                    [("FORK_BLOCK_NUMBER", str(g.i(17000000, 21000000)))], role="tx")
    if which in (2, 3):
        return Spec("ethereum", "contract_address", eth_addr(g), g.c(["TOKEN_ADDRESS", "VAULT_ADDRESS", "TREASURY_ADDRESS", "USDC_ADDRESS",
                                                                     "ROUTER_ADDRESS", "DEPLOYER_ADDRESS", "MULTISIG"]), "wallet", [], role="addr")
    if which == 4:
        ev = g.c(["Transfer(address,address,uint256)", "Approval(address,address,uint256)", "Deposit(address,uint256)",
                  "Withdrawal(address,uint256)", "OwnershipTransferred(address,address)", "Swap(address,uint256,uint256,uint256,uint256,address)"])
        return Spec("ethereum", "event_topic", "0x" + keccak256(ev.encode()).hex(), g.c(["TRANSFER_TOPIC", "EVENT_TOPIC0", "TOPIC"]), "wallet",
                    [("EVENT_SIGNATURE", ev)], role="tx")
    if which == 5:
        return Spec("ethereum", "compressed_pubkey", pub_compressed(SECP256K1, g.privkey()).hex(), g.c(["SIGNER_PUBKEY", "ORACLE_PUBLIC_KEY", "PUBKEY"]),
                    "wallet", [])
    if which == 6:
        k, c = g.privkey(), g.bytes(32)
        v = bip32_serialize(bytes.fromhex("0488B21E"), 3, g.bytes(4), 0x80000000, c, pub_compressed(SECP256K1, k))
        return Spec("bitcoin", "xpub", v, g.c(["BTC_XPUB", "WATCH_ONLY_XPUB", "ACCOUNT_XPUB", "XPUB"]), "bitcoin", [("DERIVATION_PATH", "m/84'/0'/0'")])
    if which == 7:
        v = bech32_segwit(g.c(["bc", "bc", "tb"]), 0, g.bytes(20))
        return Spec("bitcoin", "address", v, g.c(["BTC_DEPOSIT_ADDRESS", "COLD_WALLET", "PAYOUT_ADDRESS"]), "bitcoin", [])
    if which == 8:
        return Spec("solana", "public_key", b58enc(ed25519_pub(g.bytes(32))), g.c(["PROGRAM_ID", "MINT_ADDRESS", "TREASURY_PUBKEY", "WALLET_ADDRESS"]),
                    "solana", [], role="solpub")
    if which == 9:
        sig = g.c(["transfer(address,uint256)", "approve(address,uint256)", "balanceOf(address)", "deposit()", "withdraw(uint256)"])
        return Spec("ethereum", "function_selector", "0x" + keccak256(sig.encode()).hex()[:8], "SELECTOR", "wallet", [("FUNCTION", sig)], role="tx")
    if which == 10:
        return Spec("etherscan", "explorer_link", f"https://{g.c(['etherscan.io', 'sepolia.etherscan.io', 'basescan.org', 'polygonscan.com'])}/tx/0x{g.hex(64)}",
                    g.c(["DEPLOY_TX_URL", "EXPLORER_LINK"]), "wallet", [], role="tx")
    return Spec("ipfs", "cid", "Qm" + b58enc(b"\x12\x20" + g.bytes(32))[2:], g.c(["METADATA_CID", "BASE_URI_CID"]), "nft", [])


def neg_published(g):
    which = g.i(0, 5)
    if which <= 1:
        k = HARDHAT_KEYS[g.i(0, len(HARDHAT_KEYS) - 1)]
        return Spec("ethereum", "published_test_key", "0x" + k.to_bytes(32, "big").hex(),
                    g.c(["PRIVATE_KEY", "LOCAL_PRIVATE_KEY", "ANVIL_PRIVATE_KEY", "HARDHAT_ACCOUNT_0"]), "wallet",
                    [("LOCAL_RPC_URL", "http://127.0.0.1:8545")], role="pk")
    if which == 2:
        return Spec("bip39", "published_test_mnemonic", g.c(["test test test test test test test test test test test junk",
                                                             ABANDON_ABOUT]), "MNEMONIC", "wallet",
                    [("LOCAL_RPC_URL", "http://127.0.0.1:8545")], role="mnemonic")
    if which == 3:
        return Spec("bitcoin", "published_test_vector", BIP32_TV1, "TEST_VECTOR_XPRV", "bitcoin", [("TEST_VECTOR_SEED", "000102030405060708090a0b0c0d0e0f")])
    if which == 4:
        return Spec("bitcoin", "published_test_vector", WIKI_WIF, "EXAMPLE_WIF", "bitcoin", [])
    card = g.c(["4242424242424242", "4242 4242 4242 4242", "4000056655665556", "5555555555554444", "4000002500003155",
                "378282246310005", "4000000000009995"])
    return Spec("stripe", "test_card_number", card, g.c(["TEST_CARD", "CARD_NUMBER", "TEST_CARD_NUMBER"]), "stripe",
                [("TEST_CARD_CVC", "123"), ("TEST_CARD_EXP", "12/34")])


def neg_digest(g):
    which = g.i(0, 4)
    if which == 0:
        return Spec("generic", "sha256_digest", g.hex(64), g.c(["ARTIFACT_SHA256", "CHECKSUM", "BUNDLE_SHA256"]), "build", [])
    if which == 1:
        return Spec("generic", "git_sha", g.hex(40), g.c(["GIT_COMMIT", "BUILD_SHA", "RELEASE_SHA"]), "build", [])
    if which == 2:
        return Spec("generic", "image_digest", "sha256:" + g.hex(64), g.c(["IMAGE_DIGEST", "BASE_IMAGE_DIGEST"]), "build", [])
    if which == 3:
        return Spec("generic", "sri_hash", "sha384-" + g.b64(48), g.c(["STRIPE_JS_INTEGRITY", "SCRIPT_INTEGRITY"]), "build", [])
    return Spec("generic", "bytecode_hash", "0x" + g.hex(64), g.c(["INIT_CODE_HASH", "BYTECODE_HASH", "CODEHASH"]), "wallet", [], role="tx")


def neg_cipher(g):
    which = g.i(0, 2)
    if which == 0:
        v = f"ENC[AES256_GCM,data:{g.b64(g.i(30, 70))},iv:{g.b64(32)},tag:{g.b64(16)},type:str]"
        sp = str_pos_spec(g)
        return Spec("sops", "ciphertext", v, sp.name, sp.group, [], title=sp.title)
    if which == 1:
        sp = str_pos_spec(g)
        return Spec("sealed-secrets", "ciphertext", "AgB" + g.b64(g.i(300, 420)).rstrip("="), sp.name, sp.group, [], title=sp.title)
    return Spec("ethereum", "keystore_ciphertext", "keystore", "KEYSTORE", "wallet", [], fts=["keystore_json"])


def neg_pubpem(g):
    return Spec(g.c(["coinbase", "paypal", "generic"]), "public_key_pem", p256_spki_pem(g.privkey(P256)),
                g.c(["WEBHOOK_PUBLIC_KEY", "VERIFICATION_KEY", "SIGNING_PUBLIC_KEY"]), "webhooks", [], fmt="pem",
                fts=["pem_py", "pem_ts", "pem_yaml", "pubkey_pem"])


NEG_KINDS = [(neg_env_ref, 14), (neg_placeholder, 10), (neg_masked, 6), (neg_public, 14), (neg_ids, 8),
             (neg_chain, 16), (neg_published, 6), (neg_digest, 4), (neg_cipher, 4), (neg_pubpem, 2)]
NEG_SPECIAL_FILES = [("hardhat_deploy_json", 5), ("foundry_broadcast_json", 4), ("stripe_event_fixture", 4),
                     ("tx_csv", 4), ("chain_log", 5), ("addresses_readme", 3), ("abi_json", 2)]
HARDHAT_KEYS = []
ABANDON_ABOUT = ""
BIP32_TV1 = ""
WIKI_WIF = ""


def init_constants():
    global HARDHAT_KEYS, ABANDON_ABOUT, BIP32_TV1, WIKI_WIF
    HARDHAT_KEYS = hardhat_default_keys(5)
    ABANDON_ABOUT = bip39_from_entropy(bytes(16))
    k, c = bip32_master(bytes(range(16)))
    BIP32_TV1 = bip32_serialize(bytes.fromhex("0488ADE4"), 0, b"\0\0\0\0", 0, c, b"\0" + k.to_bytes(32, "big"))
    WIKI_WIF = b58check(b"\x80" + bytes.fromhex("0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D"))
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_address_from_key(HARDHAT_KEYS[0]) == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert HARDHAT_KEYS[0].to_bytes(32, "big").hex() == "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
    assert ABANDON_ABOUT.endswith("abandon about")
    assert BIP32_TV1.startswith("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi")
    assert WIKI_WIF == "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
    assert ed25519_pub(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert bech32_segwit("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def strip_group(name, group):
    p = group.upper() + "_"
    return name[len(p):] if name.startswith(p) and len(name) > len(p) else name


def lower(n):
    return n.lower()


def camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(x.title() for x in parts[1:])


def pascal(n):
    return "".join(x.title() for x in n.lower().split("_"))


def kebab(n):
    return n.lower().replace("_", "-")


def dq(v):
    return json.dumps(v, ensure_ascii=False)


def sq(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


def yq(v):
    if v == "" or not all(c.isalnum() or c in "._/-" for c in v) or v.isdigit() or v in ("true", "false", "yes", "no", "on", "off"):
        return dq(v)
    return v


def ident(title):
    return "".join(c for c in title if c.isalnum())


PROJECTS = ["payments-api", "checkout-service", "shop-backend", "defi-vault", "nft-drop", "ledger", "merchant-portal",
            "treasury-bot", "onramp", "billing", "storefront", "wallet-service", "settlement-worker", "arb-bot", "token-sale"]
DOMAINS = ["northwind-coffee.com", "lumen.shop", "kestrel-outdoor.de", "paywell.io", "orbitbikes.co.uk", "mintlabs.xyz",
           "tidepool.finance", "acornpay.com"]


def fillers(g, n, web3=False):
    dom = g.c(DOMAINS)
    pool = [("PORT", str(g.c([3000, 8080, 8000, 4000, 5000]))), ("LOG_LEVEL", g.c(["info", "debug", "warn"])),
            ("NODE_ENV", "production"), ("APP_URL", f"https://{g.c(['api', 'checkout', 'shop', 'app'])}.{dom}"),
            ("DEFAULT_CURRENCY", g.c(["EUR", "USD", "GBP", "INR", "NGN"])), ("REDIS_URL", "redis://redis:6379/0"),
            ("DB_HOST", g.c(["db.internal", "postgres", "localhost"])), ("DB_NAME", g.c(["payments", "shop", "ledger"])),
            ("REQUEST_TIMEOUT_MS", str(g.c([5000, 10000, 15000, 30000]))), ("MAX_RETRIES", str(g.i(2, 5))),
            ("WEBHOOK_PATH", g.c(["/webhooks/stripe", "/api/webhooks/payments", "/hooks/psp"])),
            ("SENTRY_ENVIRONMENT", g.c(["production", "staging"])), ("TZ", g.c(["UTC", "Europe/Berlin", "Asia/Kolkata"])),
            ("ENABLE_3DS", "true"), ("SETTLEMENT_CURRENCY", g.c(["USD", "EUR"])), ("TAX_REGION", g.c(["EU", "US-CA", "UK"])),
            ("FRONTEND_ORIGIN", f"https://www.{dom}"), ("QUEUE_NAME", g.c(["payouts", "refunds", "settlements"])),
            ("FEATURE_PAYOUTS", g.c(["true", "false"])), ("METRICS_PORT", "9102")]
    w3 = [("CHAIN_ID", g.c(["1", "137", "8453", "42161", "11155111"])), ("CONFIRMATIONS", str(g.i(1, 12))),
          ("GAS_LIMIT", str(g.c([300000, 3000000, 8000000]))), ("MAX_FEE_GWEI", str(g.i(20, 90))),
          ("START_BLOCK", str(g.i(17000000, 21000000))), ("REPORT_GAS", g.c(["true", "false"])),
          ("NETWORK", g.c(["mainnet", "sepolia", "base", "polygon"]))]
    if web3:
        pool = w3 + g.sample(pool, 8)
    return g.sample(pool, n)


def rows(g, sp):
    """primary + companions, primary first or after companions"""
    it = [(sp.name, sp.value)] + list(sp.comps)
    if len(it) > 1 and g.p(0.35):
        it = it[1:] + it[:1]
    return it


def project_prefix(g):
    return (g.c(PROJECTS) + "/") if g.p(0.35) else ""


class Out:
    def __init__(self, path, text):
        self.path, self.text = path, text


# ---- generic key/value renderers ------------------------------------------
def r_dotenv(g, sp, fill):
    path = g.c([".env", ".env.production", ".env.local", "config/.env.staging", "deploy/prod.env", ".env.mainnet",
                "packages/api/.env", "apps/web/.env.production"])

    def v(x):
        if isinstance(x, Ref):
            return g.c([f"op://{g.c(['Payments', 'prod', 'Engineering'])}/{sp.title}/{lower(x.env)}",
                        f"${{{x.env}_SECRET}}", "", f"vault:secret/data/{sp.group}#{lower(strip_group(x.env, sp.group))}"])
        if " " in x or "$" in x or "#" in x:
            return sq(x) if "$" in x else dq(x)
        return dq(x) if g.p(0.25) else x

    L = []
    if g.p(0.5):
        L += [f"# {g.c(['Generated', 'Environment for', 'Config for'])} {g.c(PROJECTS)} ({g.c(['production', 'staging', 'mainnet'])})", ""]
    f1, f2 = fill[:len(fill) // 2], fill[len(fill) // 2:]
    L += [f"{k}={v(x)}" for k, x in f1] + [""]
    L.append(f"# {sp.title}")
    L += [f"{k}={v(x)}" for k, x in rows(g, sp)]
    L += [""] + [f"{k}={v(x)}" for k, x in f2]
    return Out(path, "\n".join(L) + "\n")


def _nested(g, sp, fill, keyf):
    app = {keyf(k): x for k, x in fill}
    grp = {keyf(strip_group(k, sp.group)): x for k, x in rows(g, sp)}
    return app, grp


def r_yaml(g, sp, fill):
    path = g.c(["config/secrets.yaml", "config/settings.yaml", "config.yml", "config/production.yml", "secrets.yml",
                "deploy/config.yaml", "src/main/resources/application-prod.yml"])
    spring = path.endswith("application-prod.yml")

    def v(x):
        if isinstance(x, Ref):
            return g.c([f"${{{x.env}}}", f"${{{x.env}:}}" if spring else f"!ENV ${{{x.env}}}", f"\"${{{x.env}}}\""])
        return yq(x) if g.p(0.5) else dq(x)

    app, grp = _nested(g, sp, fill, (kebab if spring else lower))
    L = []
    if spring:
        L += ["spring:", "  application:", f"    name: {g.c(PROJECTS)}", "  datasource:",
              "    url: jdbc:postgresql://db.internal:5432/payments", "    username: ${DB_USER}", "    password: ${DB_PASSWORD}", ""]
    L.append(g.c(["app:", "server:", "service:"]))
    L += [f"  {k}: {v(x)}" for k, x in app.items()]
    L += ["", f"{ident(sp.title).lower() if not spring else kebab(sp.group)}:"]
    L += [f"  {k}: {v(x)}" for k, x in grp.items()]
    if g.p(0.5):
        L += ["", "logging:", "  level:", f"    root: {g.c(['INFO', 'WARN'])}"]
    return Out(path, "\n".join(L) + "\n")


def r_json(g, sp, fill):
    ref_mode = any(isinstance(x, Ref) for _, x in rows(g, sp))
    path = "config/custom-environment-variables.json" if ref_mode and g.p(0.5) else \
        g.c(["config.json", "config/production.json", "src/config/default.json", "settings.json", "config/prod.json"])
    cev = path.endswith("custom-environment-variables.json")

    def v(x):
        if isinstance(x, Ref):
            return x.env if cev else f"${{{x.env}}}"
        return x

    app, grp = _nested(g, sp, fill, camel)
    if cev:  # node-config: only env names
        obj = {camel(sp.group): {camel(strip_group(k, sp.group)): v(x) for k, x in rows(g, sp) if isinstance(x, Ref)}}
        obj["server"] = {"port": "PORT"}
    else:
        obj = {"server": {k: v(x) for k, x in app.items()}, camel(ident(sp.title)): {k: v(x) for k, x in grp.items()}}
    return Out(path, json.dumps(obj, indent=g.c([2, 4]), ensure_ascii=False) + "\n")


def r_toml(g, sp, fill):
    path = g.c(["settings.toml", "config/config.toml", "config/production.toml", ".secrets.toml", "bot.toml"])

    def v(x):
        if isinstance(x, Ref):
            return dq(g.c([f"@format {{env[{x.env}]}}", f"${{{x.env}}}", f"@get {x.env}"]))
        return dq(x)

    L = [f"# {g.c(PROJECTS)} settings", "", "[default]" if path.endswith("settings.toml") else "[server]"]
    L += [f"{lower(k)} = {v(x)}" for k, x in fill]
    L += ["", f"[{'production.' if g.p(0.3) else ''}{ident(sp.title).lower()}]"]
    L += [f"{lower(strip_group(k, sp.group))} = {v(x)}" for k, x in rows(g, sp)]
    return Out(path, "\n".join(L) + "\n")


def r_ini(g, sp, fill):
    path = g.c(["config.ini", "settings.cfg", "conf/app.ini", "setup/config.ini"])

    def v(x):
        return f"${{ENV:{x.env}}}" if isinstance(x, Ref) else x

    L = ["[server]"] + [f"{lower(k)} = {v(x)}" for k, x in fill]
    L += ["", f"[{ident(sp.title).lower()}]"] + [f"{lower(strip_group(k, sp.group))} = {v(x)}" for k, x in rows(g, sp)]
    return Out(path, "\n".join(L) + "\n")


def r_properties(g, sp, fill):
    path = g.c(["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                "config/payment.properties"])

    def v(x):
        return f"${{{x.env}}}" if isinstance(x, Ref) else x

    L = ["# Application", f"spring.application.name={g.c(PROJECTS)}"] + [f"app.{kebab(k)}={v(x)}" for k, x in fill]
    L += ["", f"# {sp.title}"] + [f"{kebab(sp.group)}.{kebab(strip_group(k, sp.group))}={v(x)}" for k, x in rows(g, sp)]
    L += ["", "management.endpoints.web.exposure.include=health,info,prometheus"]
    return Out(path, "\n".join(L) + "\n")


def r_appsettings(g, sp, fill):
    path = g.c(["appsettings.json", "appsettings.Production.json", "src/Payments.Api/appsettings.json"])

    def v(x):
        return f"#{{{pascal(sp.group)}.{pascal(strip_group(x.env, sp.group))}}}#" if isinstance(x, Ref) else x

    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
           pascal(ident(sp.title)): {pascal(strip_group(k, sp.group)): v(x) for k, x in rows(g, sp)},
           "App": {pascal(k): v(x) for k, x in fill[:4]}}
    return Out(path, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def r_compose(g, sp, fill):
    path = g.c(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yaml", "compose.yaml"])
    svc = g.c(["api", "payments", "worker", "bot", "backend"])

    def v(x):
        return g.c([f"${{{x.env}}}", f"${{{x.env}:?{x.env} is required}}"]) if isinstance(x, Ref) else x

    L = ["services:", f"  {svc}:", f"    image: ghcr.io/{g.c(['acme', 'northwind', 'mintlabs'])}/{g.c(PROJECTS)}:{g.i(1, 4)}.{g.i(0, 20)}.{g.i(0, 9)}",
         "    restart: unless-stopped", "    ports:", f"      - \"{g.c([3000, 8080, 8000])}:{g.c([3000, 8080, 8000])}\"",
         "    environment:"]
    allkv = fill[:3] + rows(g, sp) + fill[3:]
    if g.p(0.5):
        L += [f"      - {k}={v(x)}" for k, x in allkv]
    else:
        L += [f"      {k}: {yq(v(x)) if not isinstance(x, Ref) else dq(v(x))}" for k, x in allkv]
    L += ["    depends_on:", "      - db", "  db:", "    image: postgres:16-alpine", "    environment:",
          "      POSTGRES_DB: payments", "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password", "    volumes:",
          "      - pgdata:/var/lib/postgresql/data", "volumes:", "  pgdata: {}"]
    return Out(path, "\n".join(L) + "\n")


def r_k8s_secret(g, sp, fill):
    path = g.c(["k8s/payments-secret.yaml", "deploy/k8s/secret.yaml", "manifests/secrets.yaml", "charts/api/templates/secret.yaml"])
    name = g.c(PROJECTS)

    def v(x):
        return dq(f"${{{x.env}}}") if isinstance(x, Ref) else dq(x)

    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {name}-{sp.group}", f"  namespace: {g.c(['payments', 'prod', 'default'])}",
         "  labels:", f"    app.kubernetes.io/name: {name}", "type: Opaque", "stringData:"]
    L += [f"  {k}: {v(x)}" for k, x in rows(g, sp)]
    return Out(path, "\n".join(L) + "\n")


def r_k8s_deploy(g, sp, fill):
    path = g.c(["k8s/deployment.yaml", "deploy/k8s/api-deployment.yaml", "manifests/worker.yaml"])
    name = g.c(PROJECTS)
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {name}", "spec:", f"  replicas: {g.i(1, 4)}",
         "  selector:", "    matchLabels:", f"      app: {name}", "  template:", "    metadata:", "      labels:", f"        app: {name}",
         "    spec:", "      containers:", f"        - name: {name}", f"          image: registry.internal/{name}:{g.hex(7)}",
         "          env:"]
    for k, x in fill[:3] + rows(g, sp) + fill[3:]:
        L.append(f"            - name: {k}")
        if isinstance(x, Ref):
            L += ["              valueFrom:", "                secretKeyRef:", f"                  name: {name}-secrets",
                  f"                  key: {kebab(x.env)}"]
        else:
            L.append(f"              value: {dq(x)}")
    L += ["          resources:", "            limits:", "              memory: 512Mi"]
    return Out(path, "\n".join(L) + "\n")


def r_helm(g, sp, fill):
    path = g.c(["charts/api/values.yaml", "helm/values-prod.yaml", "deploy/helm/values.yaml"])

    def v(x):
        return '""' if isinstance(x, Ref) else dq(x)

    L = [f"replicaCount: {g.i(1, 3)}", "image:", f"  repository: ghcr.io/acme/{g.c(PROJECTS)}", f"  tag: \"{g.i(1, 3)}.{g.i(0, 9)}.{g.i(0, 9)}\"",
         "", "env:"] + [f"  {k}: {dq(x)}" for k, x in fill[:4]]
    L += ["", f"{camel(sp.group)}:"]
    refs = False
    for k, x in rows(g, sp):
        L.append(f"  {camel(strip_group(k, sp.group))}: {v(x)}")
        refs |= isinstance(x, Ref)
    if refs:
        L += [f"  # value comes from the existing secret below", f"  existingSecret: {g.c(PROJECTS)}-{sp.group}"]
    L += ["", "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi"]
    return Out(path, "\n".join(L) + "\n")


def r_gha(g, sp, fill):
    path = ".github/workflows/" + g.c(["deploy.yml", "release.yml", "contracts.yml", "ci.yml", "e2e.yml"])

    def v(x):
        return g.c([f"${{{{ secrets.{x.env} }}}}", f"${{{{ vars.{x.env} }}}}" if "ID" in x.env else f"${{{{ secrets.{x.env} }}}}"]) \
            if isinstance(x, Ref) else dq(x) if g.p(0.5) else yq(x)

    L = [f"name: {g.c(['Deploy', 'Release', 'Contracts', 'CI'])}", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
         "env:"] + [f"  {k}: {v(x)}" for k, x in rows(g, sp)]
    L += ["", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
          "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "          cache: npm",
          "      - run: npm ci", f"      - run: npm run {g.c(['deploy', 'deploy:prod', 'migrate && npm run deploy', 'test:e2e'])}"]
    if fill:
        L += ["        env:"] + [f"          {k}: {dq(x)}" for k, x in fill[:3]]
    return Out(path, "\n".join(L) + "\n")


def r_terraform(g, sp, fill):
    path = g.c(["infra/main.tf", "terraform/secrets.tf", "infra/payments.tf"])
    nm = lower(sp.name)
    L = ['terraform {', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.0"', '    }', '  }', '}', '']
    prim = sp.value
    if isinstance(prim, Ref):
        L += [f'variable "{nm}" {{', '  type      = string', '  sensitive = true', '}', '']
        expr = f"var.{nm}"
    else:
        expr = dq(prim)
        if g.p(0.5):
            L += [f'variable "{nm}" {{', '  type      = string', f'  default   = {dq(prim)}', '  sensitive = true', '}', '']
            expr = f"var.{nm}"
    L += [f'resource "aws_secretsmanager_secret" "{sp.group}" {{', f'  name = "{g.c(PROJECTS)}/{sp.group}"', '}', '',
          f'resource "aws_secretsmanager_secret_version" "{sp.group}" {{', f'  secret_id     = aws_secretsmanager_secret.{sp.group}.id',
          '  secret_string = jsonencode({', f'    {lower(strip_group(sp.name, sp.group))} = {expr}']
    L += [f'    {lower(strip_group(k, sp.group))} = {dq(x) if not isinstance(x, Ref) else "var." + lower(x.env)}' for k, x in sp.comps]
    L += ['  })', '}']
    return Out(path, "\n".join(L) + "\n")


def r_tfvars(g, sp, fill):
    path = g.c(["terraform.tfvars", "infra/prod.auto.tfvars", "envs/production/terraform.tfvars"])
    L = [f'region      = "{g.c(["eu-west-1", "us-east-1", "ap-south-1"])}"', f'environment = "production"',
         f'app_name    = "{g.c(PROJECTS)}"', ""]
    L += [f'{lower(k)} = {dq(x)}' for k, x in rows(g, sp) if not isinstance(x, Ref)]
    L += ["", f'instance_type = "{g.c(["t3.small", "t3.medium"])}"']
    return Out(path, "\n".join(L) + "\n")


def r_makefile(g, sp, fill):
    path = "Makefile"

    def v(x):
        return f"$(shell op read op://prod/{sp.group}/{lower(x.env)})" if isinstance(x, Ref) else x

    L = [f"{k} ?= {v(x)}" for k, x in rows(g, sp)] + [f"NETWORK ?= {g.c(['sepolia', 'mainnet', 'base'])}", "",
                                                       ".PHONY: build test deploy", "", "build:", "\tforge build", "", "test:",
                                                       "\tforge test -vvv", "", "deploy:",
                                                       f"\t{g.c(['forge script script/Deploy.s.sol --broadcast --rpc-url $(RPC_URL)', 'npm run deploy -- --network $(NETWORK)', 'python -m app.deploy'])}"]
    return Out(path, "\n".join(L) + "\n")


def r_dockerfile(g, sp, fill):
    path = g.c(["Dockerfile", "docker/Dockerfile.prod", "Dockerfile.worker"])
    L = [f"FROM node:{g.c([18, 20, 22])}-alpine AS build", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .",
         "RUN npm run build", "", f"FROM node:{g.c([18, 20, 22])}-alpine", "WORKDIR /app", "COPY --from=build /app/dist ./dist",
         "COPY --from=build /app/node_modules ./node_modules"]
    for k, x in rows(g, sp):
        if isinstance(x, Ref):
            L += [f"ARG {k}", f"ENV {k}=${{{k}}}"]
        else:
            L.append(f"ENV {k}={dq(x) if ' ' in x else x}")
    L += [f"ENV {k}={x}" for k, x in fill[:2]] + ["EXPOSE 8080", 'CMD ["node", "dist/server.js"]']
    return Out(path, "\n".join(L) + "\n")


def r_serverless(g, sp, fill):
    path = "serverless.yml"

    def v(x):
        return g.c([f"${{ssm:/{g.c(PROJECTS)}/{kebab(x.env)}}}", f"${{env:{x.env}}}"]) if isinstance(x, Ref) else dq(x)

    L = [f"service: {g.c(PROJECTS)}", "frameworkVersion: '3'", "", "provider:", "  name: aws", f"  runtime: {g.c(['nodejs20.x', 'python3.12'])}",
         "  region: eu-west-1", "  environment:"] + [f"    {k}: {v(x)}" for k, x in rows(g, sp) + fill[:3]]
    L += ["", "functions:", "  webhook:", "    handler: src/handlers/webhook.handler", "    events:", "      - httpApi:",
          "          path: /webhooks/payments", "          method: post"]
    return Out(path, "\n".join(L) + "\n")


def r_webconfig(g, sp, fill):
    path = g.c(["Web.config", "src/Shop.Web/Web.config"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    L += [f'    <add key="{pascal(sp.group)}:{pascal(strip_group(k, sp.group))}" value="{x}" />' for k, x in rows(g, sp) if not isinstance(x, Ref)]
    L += [f'    <add key="{pascal(k)}" value="{x}" />' for k, x in fill[:4]]
    L += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return Out(path, "\n".join(L) + "\n")


def r_shell(g, sp, fill):
    path = g.c(["scripts/deploy.sh", "bin/bootstrap.sh", "scripts/setup-env.sh", "ops/rotate-webhook.sh"])

    def v(x):
        return f"\"${{{x.env}:?{x.env} must be set}}\"" if isinstance(x, Ref) else sq(x)

    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""] + [f"export {k}={v(x)}" for k, x in rows(g, sp)]
    L += [f"export {k}={sq(x)}" for k, x in fill[:2]]
    L += ["", f'echo "deploying {g.c(PROJECTS)} to ${{NETWORK:-production}}"',
          g.c(["npm run build && npm run deploy", "docker compose up -d --build", "forge script script/Deploy.s.sol --broadcast"])]
    return Out(path, "\n".join(L) + "\n")


# ---- code renderers ----------------------------------------------------------
def _code_rows(g, sp):
    return [(k, x) for k, x in rows(g, sp)]


def r_python(g, sp, fill):
    path = g.c(["app/settings.py", f"payments/{sp.group}_client.py", "src/config.py", "scripts/reconcile.py", "services/psp.py"])

    def v(x):
        return g.c([f'os.environ["{x.env}"]', f'os.getenv("{x.env}")', f'os.environ.get("{x.env}", "")']) if isinstance(x, Ref) else dq(x)

    mode = g.c(["const", "const", "ctor", "dict"] if sp.slot_ok else ["const", "dict"])
    L = ['"""' + g.c(["Payment provider settings.", "Reconciliation job.", "PSP client wiring."]) + '"""', "import logging", "import os", ""]
    L += [f"{k} = {dq(x)}" for k, x in fill[:3]] + [""]
    if mode == "const":
        L += [f"{k} = {v(x)}" for k, x in _code_rows(g, sp)]
        L += ["", "log = logging.getLogger(__name__)", "", "", "def client_kwargs():",
              f"    return {{\"api_key\": {sp.name}, \"timeout\": 30}}" if sp.slot_ok else f"    return {{\"{lower(sp.name)}\": {sp.name}, \"timeout\": 30}}"]
    elif mode == "dict":
        L += [f"{sp.group.upper()} = {{"] + [f'    "{lower(strip_group(k, sp.group))}": {v(x)},' for k, x in _code_rows(g, sp)] + ["}"]
    else:
        L += [f"from {sp.group}_sdk import {ident(sp.title)}Client", ""]
        args = [v(sp.value)] + [f"{lower(strip_group(k, sp.group))}={v(x)}" for k, x in sp.comps]
        L += [f"client = {ident(sp.title)}Client(", *[f"    {a}," for a in args], "    timeout=30,", ")"]
    L += ["", "", "def healthcheck():", "    return {\"status\": \"ok\"}"]
    return Out(path, "\n".join(L) + "\n")


def r_js(g, sp, fill, ts=False):
    path = (g.c(["src/lib/payments.ts", f"src/config/{sp.group}.ts", "lib/env.ts", "scripts/sync-orders.ts"]) if ts else
            g.c(["src/payments.js", f"config/{sp.group}.js", "server/config.js", "scripts/reconcile.js"]))

    def v(x):
        return (f"process.env.{x.env}" + g.c(["", "!", ' ?? ""']) if ts else f"process.env.{x.env}") if isinstance(x, Ref) else \
            (sq(x) if g.p(0.5) else dq(x))

    mode = g.c(["const", "obj", "ctor"] if sp.slot_ok else ["const", "obj"])
    L = ([f"import {{ {ident(sp.title)} }} from \"{sp.group}\";", ""] if ts else [f"const {ident(sp.title)} = require('{sp.group}');", ""])
    if mode == "const":
        L += [f"{'export ' if ts else ''}const {k} = {v(x)};" for k, x in _code_rows(g, sp)]
        L += ["", f"{'export ' if ts else ''}const client = new {ident(sp.title)}({sp.name});" if sp.slot_ok else
              f"console.info(\"{sp.title} {lower(sp.name)}\", {sp.name});"]
    elif mode == "obj":
        L += [f"{'export ' if ts else ''}const config = {{"] + [f"  {camel(k)}: {dq(x)}," for k, x in fill[:3]]
        L += [f"  {camel(sp.group)}: {{"] + [f"    {camel(strip_group(k, sp.group))}: {v(x)}," for k, x in _code_rows(g, sp)] + ["  },", "};"]
        if not ts:
            L += ["", "module.exports = config;"]
    else:
        L += [f"{'export ' if ts else ''}const {camel(sp.group)} = new {ident(sp.title)}({v(sp.value)}, {{"]
        L += [f"  {camel(strip_group(k, sp.group))}: {v(x)}," for k, x in sp.comps] + ["  timeout: 20_000,", "});"]
    L += ["", f"{'export ' if ts else ''}async function ping() {{", "  return { ok: true, at: new Date().toISOString() };", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_ts(g, sp, fill):
    return r_js(g, sp, fill, ts=True)


def r_go(g, sp, fill):
    path = g.c([f"internal/{sp.group}/client.go", "internal/config/config.go", "pkg/payments/psp.go", "cmd/worker/main.go"])
    pkg = path.split("/")[-2]

    def v(x):
        return f'os.Getenv("{x.env}")' if isinstance(x, Ref) else ("`" + x + "`" if '"' in x else dq(x))

    L = [f"package {pkg}", "", "import (", '\t"net/http"', '\t"os"', '\t"time"', ")", ""]
    lit = [(k, x) for k, x in _code_rows(g, sp) if not isinstance(x, Ref)]
    if lit and g.p(0.5):
        L += ["const ("] + [f"\t{pascal(k) if g.p(0.5) else camel(k)} = {v(x)}" for k, x in lit] + [")", ""]
        rest = [(k, x) for k, x in _code_rows(g, sp) if isinstance(x, Ref)]
    else:
        rest = _code_rows(g, sp)
    L += ["type Config struct {"] + [f"\t{pascal(strip_group(k, sp.group))} string" for k, _ in _code_rows(g, sp)] + ["\tTimeout time.Duration", "}", ""]
    L += ["func Load() Config {", "\t_ = os.Getenv", "\treturn Config{"]
    L += [f"\t\t{pascal(strip_group(k, sp.group))}: {v(x)}," for k, x in rest] + ["\t\tTimeout: 15 * time.Second,", "\t}", "}", ""]
    L += ["func NewHTTPClient(c Config) *http.Client {", "\treturn &http.Client{Timeout: c.Timeout}", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_java(g, sp, fill):
    cls = ident(sp.title) + "Config"
    org = g.c(['acme', 'northwind', 'paywell'])
    path = f"src/main/java/com/{org}/payments/config/{cls}.java"

    def v(x):
        return f'System.getenv("{x.env}")' if isinstance(x, Ref) else dq(x)

    L = [f"package com.{org}.payments.config;", "", "import org.springframework.context.annotation.Bean;",
         "import org.springframework.context.annotation.Configuration;", "", "@Configuration", f"public class {cls} {{", ""]
    L += [f"    private static final String {k} = {v(x)};" for k, x in _code_rows(g, sp)]
    arg = sp.name if sp.slot_ok else 'System.getenv("%s_SECRET_KEY")' % sp.group.upper()
    L += ["", "    @Bean", f"    public {ident(sp.title)}Client {camel(sp.group)}Client() {{",
          f"        return new {ident(sp.title)}Client({arg}, java.time.Duration.ofSeconds(20));", "    }", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_kotlin(g, sp, fill):
    path = f"src/main/kotlin/com/acme/shop/{ident(sp.title)}Settings.kt"

    def v(x):
        return f'System.getenv("{x.env}") ?: error("{x.env} missing")' if isinstance(x, Ref) else dq(x).replace("$", "\\$")

    L = ["package com.acme.shop", "", f"object {ident(sp.title)}Settings {{"]
    L += [f"    {'const ' if not isinstance(x, Ref) else ''}val {k}: String = {v(x)}" for k, x in _code_rows(g, sp)]
    hdr = f"    \"Authorization\" to \"Bearer ${{{ident(sp.title)}Settings.{sp.name}}}\"," if sp.slot_ok else \
        f"    \"X-{pascal(sp.name)}\" to {ident(sp.title)}Settings.{sp.name},"
    L += [f"    const val TIMEOUT_MS = {g.c([5000, 15000])}L", "}", "", f"fun {camel(sp.group)}Headers(): Map<String, String> = mapOf(",
          hdr, '    "Content-Type" to "application/json",', ")"]
    return Out(path, "\n".join(L) + "\n")


def r_ruby(g, sp, fill):
    path = g.c([f"config/initializers/{sp.group}.rb", "lib/payments/gateway.rb", "app/services/payout_service.rb"])

    def v(x):
        return g.c([f'ENV.fetch("{x.env}")', f"Rails.application.credentials.dig(:{sp.group}, :{lower(strip_group(x.env, sp.group))})"]) \
            if isinstance(x, Ref) else sq(x)

    L = ["# frozen_string_literal: true", "", f"require \"{sp.group}\"", ""]
    L += [f"{ident(sp.title)}Config = Struct.new(" + ", ".join(f":{lower(strip_group(k, sp.group))}" for k, _ in _code_rows(g, sp)) + ", keyword_init: true)", ""]
    L += [f"{sp.group.upper()}_CONFIG = {ident(sp.title)}Config.new("] + \
         [f"  {lower(strip_group(k, sp.group))}: {v(x)}," for k, x in _code_rows(g, sp)] + [").freeze"]
    L += ["", f"Rails.logger.info(\"{sp.title} configured\") if defined?(Rails)"]
    return Out(path, "\n".join(L) + "\n")


def r_php(g, sp, fill):
    wp = sp.group in ("woocommerce", "database") and g.p(0.6)
    path = "wp-config.php" if wp else g.c(["config/services.php", "app/Config/Payments.php", "config/payment.php"])

    def v(x):
        return f"getenv('{x.env}')" if (isinstance(x, Ref) and wp) else f"env('{x.env}')" if isinstance(x, Ref) else sq(x)

    if wp:
        L = ["<?php", "/**", " * The base configuration for WordPress", " */", "",
             "define( 'DB_NAME', 'wp_shop' );", "define( 'DB_USER', 'wp_shop' );", "define( 'DB_HOST', 'localhost' );",
             "define( 'DB_CHARSET', 'utf8mb4' );", ""]
        L += [f"define( '{k}', {v(x)} );" for k, x in _code_rows(g, sp) if k not in ("DB_NAME", "DB_USER", "DB_HOST")]
        L += ["", "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );", "", "if ( ! defined( 'ABSPATH' ) ) {",
              "\tdefine( 'ABSPATH', __DIR__ . '/' );", "}", "require_once ABSPATH . 'wp-settings.php';"]
    else:
        L = ["<?php", "", "return [", f"    '{sp.group}' => ["] + [f"        '{lower(strip_group(k, sp.group))}' => {v(x)}," for k, x in _code_rows(g, sp)]
        L += ["    ],", "    'mail' => [", "        'from' => 'billing@" + g.c(DOMAINS) + "',", "    ],", "];"]
    return Out(path, "\n".join(L) + "\n")


def r_csharp(g, sp, fill):
    cls = ident(sp.title) + "Options"
    path = f"src/Payments.Api/Options/{cls}.cs"

    def v(x):
        return f'Environment.GetEnvironmentVariable("{x.env}")!' if isinstance(x, Ref) else dq(x)

    L = ["using System;", "", "namespace Payments.Api.Options;", "", f"public sealed class {cls}", "{"]
    L += [f"    public string {pascal(strip_group(k, sp.group))} {{ get; init; }} = {v(x)};" for k, x in _code_rows(g, sp)]
    L += [f"    public TimeSpan Timeout {{ get; init; }} = TimeSpan.FromSeconds({g.c([10, 30])});", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_rust(g, sp, fill):
    path = g.c(["src/config.rs", "src/main.rs", "crates/relayer/src/settings.rs"])

    def v(x):
        return f'std::env::var("{x.env}").expect("{x.env}")' if isinstance(x, Ref) else dq(x)

    L = ["use std::time::Duration;", ""]
    consts = [(k, x) for k, x in _code_rows(g, sp) if not isinstance(x, Ref)]
    L += [f"pub const {k}: &str = {v(x)};" for k, x in consts] + [""]
    L += ["pub struct Settings {"] + [f"    pub {lower(strip_group(k, sp.group))}: String," for k, _ in _code_rows(g, sp)] + ["    pub timeout: Duration,", "}", ""]
    L += ["impl Settings {", "    pub fn load() -> Self {", "        Self {"]
    L += [f"            {lower(strip_group(k, sp.group))}: {k if not isinstance(x, Ref) else v(x)}.to_string()," for k, x in _code_rows(g, sp)]
    L += ["            timeout: Duration::from_secs(20),", "        }", "    }", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_readme(g, sp, fill):
    path = g.c(["README.md", "docs/SETUP.md", "docs/deploy.md", "CONTRIBUTING.md"])
    L = [f"# {g.c(PROJECTS)}", "", f"{g.c(['Payments service', 'Checkout backend', 'Settlement worker', 'Deployment notes'])} for {g.c(DOMAINS)}.", "",
         "## Configuration", "", f"Set the following variables before running `{g.c(['npm run dev', 'make run', 'docker compose up'])}`:", "", "```bash"]
    for k, x in rows(g, sp):
        if isinstance(x, Ref):
            L.append(f"export {k}=\"$(op read 'op://Dev/{sp.title}/{lower(k)}')\"")
        else:
            L.append(f"export {k}={sq(x)}")
    L += ["```", "", "Then verify the credentials:", "", "```bash"]
    if isinstance(sp.value, Ref) or g.p(0.5):
        L.append(f"curl -s https://api.{g.c(DOMAINS)}/health -H \"Authorization: Bearer ${sp.name}\"")
    else:
        L.append(f"curl -s https://api.{g.c(DOMAINS)}/health -H \"X-Request-Id: {g.uuid()}\"")
    L += ["```", "", "## Running tests", "", "```bash", "npm test", "```"]
    return Out(path, "\n".join(L) + "\n")


def r_ipynb(g, sp, fill):
    path = g.c(["notebooks/reconciliation.ipynb", "analysis/payouts.ipynb", "notebooks/onchain_volume.ipynb"])

    def v(x):
        return f'os.environ["{x.env}"]' if isinstance(x, Ref) else dq(x)

    src1 = ["import os\n", "import pandas as pd\n", "\n"] + [f"{k} = {v(x)}\n" for k, x in rows(g, sp)]
    src2 = ["df = pd.read_csv(\"exports/settlements.csv\")\n", "df.groupby(\"currency\")[\"amount\"].sum()"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": [f"# {g.c(['Monthly reconciliation', 'Payout analysis', 'On-chain volume'])}"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return Out(path, json.dumps(nb, indent=1, ensure_ascii=False) + "\n")


def r_postman(g, sp, fill):
    path = g.c([f"postman/{sp.title.replace(' ', '_')}.postman_collection.json", "docs/api.postman_collection.json"])

    def v(x):
        return "" if isinstance(x, Ref) else x

    variables = [{"key": lower(k), "value": v(x), "type": "string"} for k, x in rows(g, sp)]
    col = {"info": {"_postman_id": g.uuid(), "name": f"{sp.title} API",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "List recent payments", "request": {"method": "GET", "header": [
               {"key": "Authorization", "value": "Bearer {{" + lower(sp.name) + "}}"}],
               "url": {"raw": "{{base_url}}/v1/payments?limit=10", "host": ["{{base_url}}"], "path": ["v1", "payments"]}}}],
           "variable": [{"key": "base_url", "value": f"https://api.{g.c(DOMAINS)}"}] + variables}
    return Out(path, json.dumps(col, indent=2, ensure_ascii=False) + "\n")


def r_log(g, sp, fill):
    path = g.c(["logs/app.log", "logs/worker-2024-06-11.log", "deploy.log", "tmp/debug.log"])
    L = []
    n = g.i(5, 20)
    pos = g.i(1, n - 1)
    for i in range(n):
        ts = g.ts()
        if i == pos:
            x = sp.value
            opts = [f"{ts} DEBUG [{sp.group}] loaded config {sp.name.lower()}={x}", f"{ts} WARN  config: {sp.name} set from defaults ({x})"]
            if sp.slot_ok:
                opts.append(f"{ts} DEBUG http.client request headers={{'Authorization': 'Bearer {x}', 'Content-Type': 'application/json'}}")
            L.append(g.c(opts))
        else:
            L.append(g.c([f"{ts} INFO  http: GET /health 200 {g.i(1, 30)}ms",
                          f"{ts} INFO  payouts: batch {g.i(1000, 9999)} settled amount={g.i(100, 99999)}.{g.i(0, 99):02d} {g.c(['EUR', 'USD'])}",
                          f"{ts} INFO  worker: processed {g.i(1, 200)} events in {g.i(10, 900)}ms",
                          f"{ts} WARN  retry: upstream 503, attempt {g.i(1, 3)}/3"]))
    return Out(path, "\n".join(L) + "\n")


def r_csv(g, sp, fill):
    path = g.c(["exports/api_keys.csv", "ops/credentials_inventory.csv", "exports/integrations.csv"])
    L = ["label,provider,key,created_at,status"]
    n = g.i(3, 8)
    pos = g.i(0, n - 1)
    pre = prefix_of(sp.value)
    for i in range(n):
        if i == pos:
            L.append(f"{g.c(['prod-checkout', 'payout-worker', 'reporting'])},{sp.title},{sp.value},{g.date()},active")
        else:
            L.append(f"{g.c(['legacy', 'staging', 'old-ci', 'intern'])}-{g.i(1, 9)},{sp.title},{pre}{'*' * 12}{g.s(ALNUM, 4)},{g.date()},revoked")
    return Out(path, "\n".join(L) + "\n")


# ---- web3 renderers ----------------------------------------------------------
DEFAULT_REFS = {"pk": "PRIVATE_KEY", "rpc": "MAINNET_RPC_URL", "explorer": "ETHERSCAN_API_KEY", "mnemonic": "MNEMONIC"}


def slots(sp):
    s = {r: Ref(n) for r, n in DEFAULT_REFS.items()}
    names = dict(DEFAULT_REFS)
    if sp.role in s:
        s[sp.role] = sp.value
        names[sp.role] = sp.name
    if sp.kind.startswith("published"):  # published dev keys only ever point at a local node
        s["rpc"], names["rpc"] = "http://127.0.0.1:8545", "LOCAL_RPC_URL"
    return s, names


def extra_js(g, sp, ts=False):
    if sp.role in ("addr", "tx", "solpub") or (sp.role is None and isinstance(sp.value, str)):
        return [f"const {sp.name} = {dq(sp.value)};"]
    return []


def r_hardhat(g, sp, fill, ts=False):
    path = "hardhat.config.ts" if ts else "hardhat.config.js"
    s, n = slots(sp)
    usevars = ts and g.p(0.5)

    def v(x):
        if isinstance(x, Ref):
            return f'vars.get("{x.env}", "")' if usevars else f'process.env.{x.env} || ""'
        return dq(x)

    L = ['import { HardhatUserConfig, vars } from "hardhat/config";', 'import "@nomicfoundation/hardhat-toolbox";', 'import "dotenv/config";', ""] if ts else \
        ['require("@nomicfoundation/hardhat-toolbox");', 'require("dotenv").config();', ""]
    use_mn = sp.role == "mnemonic"
    if use_mn:
        L.append(f"const {n['mnemonic']} = {v(s['mnemonic'])};")
    else:
        L.append(f"const {n['pk']} = {v(s['pk'])};")
    L += [f"const {n['rpc']} = {v(s['rpc'])};", f"const {n['explorer']} = {v(s['explorer'])};"] + extra_js(g, sp, ts) + [""]
    acc = f"{{ mnemonic: {n['mnemonic']} }}" if use_mn else f"{n['pk']} ? [{n['pk']}] : []"
    net = "localhost" if sp.kind.startswith("published") else g.c(["sepolia", "mainnet", "base", "polygon", "arbitrum"])
    L += ["/** @type import('hardhat/config').HardhatUserConfig */" if not ts else "const config: HardhatUserConfig = {",
          "module.exports = {" if not ts else None,
          "  solidity: {", f'    version: "0.8.{g.c([19, 20, 24, 26])}",', "    settings: { optimizer: { enabled: true, runs: 200 } },", "  },",
          "  networks: {", "    hardhat: { chainId: 31337 },", f"    {net}: {{", f"      url: {n['rpc']},", f"      accounts: {acc},", "    },", "  },",
          f"  etherscan: {{ apiKey: {n['explorer']} }},", '  gasReporter: { enabled: process.env.REPORT_GAS === "true", currency: "USD" },', "};"]
    if ts:
        L += ["", "export default config;"]
    L = [x for x in L]
    return Out(path, "\n".join(x for x in L if x is not None) + "\n")


def r_hardhat_ts(g, sp, fill):
    return r_hardhat(g, sp, fill, ts=True)


def r_foundry(g, sp, fill):
    s, n = slots(sp)

    def v(x):
        return dq(f"${{{x.env}}}") if isinstance(x, Ref) else dq(x)

    url = s["rpc"] if isinstance(s["rpc"], str) else ""
    ep = next((n for k, n in (("sepolia", "sepolia"), ("polygon", "polygon"), ("matic", "polygon"), ("arb", "arbitrum"), ("base", "base"),
                              ("opt", "optimism"), ("linea", "linea")) if k in url), "mainnet")
    L = ["[profile.default]", 'src = "src"', 'out = "out"', 'libs = ["lib"]', f'solc = "0.8.{g.c([20, 24, 26])}"', "optimizer = true",
         "optimizer_runs = 200", 'fs_permissions = [{ access = "read", path = "./deployments" }]', "", "[rpc_endpoints]",
         f"{ep} = {v(s['rpc'])}", 'localhost = "http://127.0.0.1:8545"', "",
         "[etherscan]", f"mainnet = {{ key = {v(s['explorer'])} }}", "", "[fmt]", "line_length = 120"]
    return Out("foundry.toml", "\n".join(L) + "\n")


def r_truffle(g, sp, fill):
    s, n = slots(sp)

    def v(x):
        return f"process.env.{x.env}" if isinstance(x, Ref) else sq(x)

    use_mn = sp.role == "mnemonic" or (sp.role != "pk" and g.p(0.5))
    cred = "mnemonic" if use_mn else "pk"
    L = ["const HDWalletProvider = require('@truffle/hdwallet-provider');", "require('dotenv').config();", "",
         f"const {n[cred] if sp.role == cred else ('mnemonic' if use_mn else 'privateKey')} = {v(s[cred])};",
         f"const {n['rpc'] if sp.role == 'rpc' else 'rpcUrl'} = {v(s['rpc'])};"] + extra_js(g, sp) + ["",
         "module.exports = {", "  networks: {", "    development: { host: '127.0.0.1', port: 8545, network_id: '*' },",
         "    sepolia: {",
         f"      provider: () => new HDWalletProvider({n[cred] if sp.role == cred else ('mnemonic' if use_mn else '[privateKey]')}, {n['rpc'] if sp.role == 'rpc' else 'rpcUrl'}),",
         "      network_id: 11155111,", "      confirmations: 2,", "      timeoutBlocks: 200,", "      skipDryRun: true,", "    },", "  },",
         "  compilers: { solc: { version: '0.8.19' } },", "};"]
    return Out("truffle-config.js", "\n".join(L) + "\n")


def r_brownie(g, sp, fill):
    s, n = slots(sp)

    def v(x):
        return f"${{{x.env}}}" if isinstance(x, Ref) else dq(x)

    L = ["dotenv: .env", "dependencies:", "  - OpenZeppelin/openzeppelin-contracts@4.9.3", "compiler:", "  solc:", "    remappings:",
         "      - '@openzeppelin=OpenZeppelin/openzeppelin-contracts@4.9.3'", "networks:", "  default: development",
         "  mainnet-fork:", "    verify: false", "  sepolia:", "    verify: true", "wallets:"]
    if sp.role == "mnemonic":
        L.append(f"  from_mnemonic: {v(s['mnemonic'])}")
    else:
        L.append(f"  from_key: {v(s['pk'])}")
    return Out("brownie-config.yaml", "\n".join(L) + "\n")


def r_anchor(g, sp, fill):
    prog = b58enc(ed25519_pub(g.bytes(32))) if sp.role != "solpub" else sp.value
    cluster = dq(sp.value) if sp.role == "solrpc" else dq(g.c(["Devnet", "Localnet", "Mainnet"]))
    name = g.c(["vault", "escrow", "token_sale", "staking"])
    L = ["[toolchain]", 'anchor_version = "0.30.1"', "", "[features]", "resolution = true", "skip-lint = false", "",
         "[programs.localnet]", f'{name} = "{prog}"', "", "[registry]", 'url = "https://api.apr.dev"', "", "[provider]",
         f"cluster = {cluster}", 'wallet = "~/.config/solana/id.json"', "", "[scripts]",
         'test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"']
    return Out("Anchor.toml", "\n".join(L) + "\n")


def r_solidity(g, sp, fill):
    c = g.c(["Vault", "Token", "Escrow", "Staking", "Marketplace"])
    path = g.c([f"script/Deploy{c}.s.sol", f"test/{c}.t.sol"])
    pkx = sp.value if sp.role == "pk" and isinstance(sp.value, str) else None
    if pkx and not pkx.startswith("0x"):
        pkx = "0x" + pkx
    pkline = f"uint256 {camel(sp.name)} = {pkx};" if pkx else 'uint256 deployerKey = vm.envUint("PRIVATE_KEY");'
    keyvar = camel(sp.name) if pkx else "deployerKey"
    extra = []
    if sp.role == "addr":
        extra = [f"        address {camel(sp.name)} = {sp.value};"]
    elif sp.role == "tx":
        extra = [f"        bytes32 {camel(sp.name)} = {sp.value if sp.value.startswith('0x') and len(sp.value) == 66 else 'bytes32(0)'};"]
    L = ["// SPDX-License-Identifier: MIT", "pragma solidity ^0.8.20;", "", 'import {Script, console2} from "forge-std/Script.sol";',
         f'import {{{c}}} from "../src/{c}.sol";', "", f"contract Deploy{c} is Script {{", "    function run() external {",
         f"        {pkline}"] + extra + [f"        vm.startBroadcast({keyvar});", f"        {c} deployed = new {c}();",
                                       "        vm.stopBroadcast();", f'        console2.log("{c} deployed at", address(deployed));', "    }", "}"]
    return Out(path, "\n".join(L) + "\n")


def r_deploy_ts(g, sp, fill):
    s, n = slots(sp)
    path = g.c(["scripts/deploy.ts", "scripts/withdraw.ts", "tasks/sweep.ts"])

    def v(x):
        return f"process.env.{x.env}!" if isinstance(x, Ref) else dq(x)

    L = ['import { ethers } from "ethers";', 'import "dotenv/config";', "",
         f"const {n['rpc']} = {v(s['rpc'])};"]
    if sp.role == "mnemonic":
        L += [f"const {n['mnemonic']} = {v(s['mnemonic'])};", "", "async function main() {",
              f"  const provider = new ethers.JsonRpcProvider({n['rpc']});", f"  const wallet = ethers.Wallet.fromPhrase({n['mnemonic']}).connect(provider);"]
    else:
        L += [f"const {n['pk']} = {v(s['pk'])};"] + extra_js(g, sp, True) + ["", "async function main() {",
              f"  const provider = new ethers.JsonRpcProvider({n['rpc']});", f"  const wallet = new ethers.Wallet({n['pk']}, provider);"]
    L += ['  console.log("deployer", await wallet.getAddress());', '  const balance = await provider.getBalance(wallet.address);',
          '  console.log("balance", ethers.formatEther(balance));', "}", "", "main().catch((err) => {", "  console.error(err);",
          "  process.exitCode = 1;", "});"]
    return Out(path, "\n".join(L) + "\n")


def r_deploy_py(g, sp, fill):
    s, n = slots(sp)
    path = g.c(["scripts/deploy.py", "bot/executor.py", "scripts/sweep_funds.py"])

    def v(x):
        return f'os.environ["{x.env}"]' if isinstance(x, Ref) else dq(x)

    L = ["import os", "", "from web3 import Web3", "", f"{n['rpc']} = {v(s['rpc'])}", f"{n['pk']} = {v(s['pk'])}"]
    if sp.role in ("addr", "tx"):
        L.append(f"{sp.name} = {dq(sp.value)}")
    L += ["", "w3 = Web3(Web3.HTTPProvider(" + n["rpc"] + "))", f"account = w3.eth.account.from_key({n['pk']})", "", "",
          "def main():", '    print("connected:", w3.is_connected(), "chain", w3.eth.chain_id)',
          '    print("balance:", w3.from_wei(w3.eth.get_balance(account.address), "ether"))', "", "", 'if __name__ == "__main__":', "    main()"]
    return Out(path, "\n".join(L) + "\n")


def r_deploy_go(g, sp, fill):
    s, n = slots(sp)
    pkv = s["pk"]
    if isinstance(pkv, str) and pkv.startswith("0x"):
        pk_expr = f'strings.TrimPrefix("{pkv}", "0x")'
    elif isinstance(pkv, str):
        pk_expr = dq(pkv)
    else:
        pk_expr = f'os.Getenv("{pkv.env}")'
    rpc_expr = dq(s["rpc"]) if isinstance(s["rpc"], str) else f'os.Getenv("{s["rpc"].env}")'
    L = ["package main", "", "import (", '\t"context"', '\t"log"', '\t"os"', '\t"strings"', "",
         '\t"github.com/ethereum/go-ethereum/crypto"', '\t"github.com/ethereum/go-ethereum/ethclient"', ")", "", "func main() {",
         "\t_ = os.Getenv", "\t_ = strings.TrimPrefix", f"\tclient, err := ethclient.Dial({rpc_expr})", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}",
         f"\tkey, err := crypto.HexToECDSA({pk_expr})", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}",
         "\tfrom := crypto.PubkeyToAddress(key.PublicKey)", "\tbal, _ := client.BalanceAt(context.Background(), from, nil)",
         '\tlog.Printf("deployer %s balance %s", from.Hex(), bal)', "}"]
    return Out(g.c(["cmd/deployer/main.go", "tools/sweeper/main.go"]), "\n".join(L) + "\n")


# ---- special-format renderers (PEM, solana arrays) ---------------------------
def r_cdp_json(g, sp, fill):
    keyname = dict(sp.comps).get("CDP_API_KEY_NAME", "")
    obj = {"name": keyname, "privateKey": sp.value}
    return Out(g.c(["cdp_api_key.json", "secrets/cdp_api_key.json", "config/coinbase_cloud_api_key.json"]), json.dumps(obj, indent=2) + "\n")


def r_pem_py(g, sp, fill):
    comps = "\n".join(f"{k} = {dq(x)}" for k, x in sp.comps)
    txt = (f'"""{sp.title} credentials used by the {g.c(["trading", "onramp", "treasury", "webhook"])} service."""\n\n{comps}\n\n'
           f'{sp.name} = """{sp.value}"""\n\n\ndef load():\n    return {{"key": {sp.name}}}\n')
    return Out(g.c(["app/cdp_credentials.py", "src/keys.py", "services/coinbase_auth.py"]), txt)


def r_pem_ts(g, sp, fill):
    comps = "\n".join(f"export const {k} = {dq(x)};" for k, x in sp.comps)
    txt = f"// {sp.title} credentials\n{comps}\n\nexport const {sp.name} = `{sp.value}`;\n\nexport const algorithm = \"ES256\";\n"
    return Out(g.c(["src/lib/cdp.ts", "src/keys.ts", "lib/coinbase/credentials.ts"]), txt)


def r_pem_env(g, sp, fill):
    L = [f"{k}={dq(x)}" for k, x in fill[:3]] + [f"{k}={dq(x)}" for k, x in sp.comps]
    L.append(f"{sp.name}=" + dq(sp.value))
    return Out(g.c([".env", ".env.production", "deploy/cdp.env"]), "\n".join(L) + "\n")


def r_pem_yaml(g, sp, fill):
    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {g.c(PROJECTS)}-{sp.group}", "type: Opaque", "stringData:"]
    L += [f"  {kebab(k)}: {dq(x)}" for k, x in sp.comps]
    L += [f"  {kebab(sp.name)}: |"] + ["    " + ln for ln in sp.value.rstrip("\n").split("\n")]
    return Out(g.c(["k8s/cdp-secret.yaml", "deploy/webhook-keys.yaml"]), "\n".join(L) + "\n")


def r_pubkey_pem(g, sp, fill):
    return Out(g.c(["keys/webhook_public.pem", "config/signing_pubkey.pem"]), sp.value)


def r_solana_id(g, sp, fill):
    return Out(g.c(["id.json", "keys/deployer.json", "wallets/authority-keypair.json", "target/deploy/program-keypair.json"]), sp.value)


def r_solarr_rs(g, sp, fill):
    L = ["use solana_sdk::signature::{Keypair, Signer};", "", "fn payer() -> Keypair {", f"    let bytes: [u8; 64] = {sp.value};",
         '    Keypair::from_bytes(&bytes).expect("bad keypair")', "}", "", "fn main() {", '    println!("payer {}", payer().pubkey());', "}"]
    return Out(g.c(["src/bin/airdrop.rs", "programs/cli/src/main.rs"]), "\n".join(L) + "\n")


def r_solarr_ts(g, sp, fill):
    L = ['import { Connection, Keypair, clusterApiUrl } from "@solana/web3.js";', "",
         f"const payer = Keypair.fromSecretKey(Uint8Array.from({sp.value}));", "", 'const connection = new Connection(clusterApiUrl("devnet"), "confirmed");', "",
         "(async () => {", "  const balance = await connection.getBalance(payer.publicKey);", '  console.log("payer", payer.publicKey.toBase58(), balance);', "})();"]
    return Out(g.c(["scripts/airdrop.ts", "app/scripts/initialize.ts"]), "\n".join(L) + "\n")


def r_solarr_env(g, sp, fill):
    L = ["SOLANA_CLUSTER=mainnet-beta", f"{g.c(['PAYER_KEYPAIR', 'SOLANA_PRIVATE_KEY', 'KEYPAIR'])}={sp.value}"] + [f"{k}={x}" for k, x in fill[:3]]
    return Out(g.c([".env", "bot/.env"]), "\n".join(L) + "\n")


def r_solarr_py(g, sp, fill):
    L = ["from solders.keypair import Keypair", "", f"SECRET = {sp.value}", "PAYER = Keypair.from_bytes(bytes(SECRET))", "",
         'print("payer", PAYER.pubkey())']
    return Out(g.c(["bot/wallet.py", "scripts/fund.py"]), "\n".join(L) + "\n")


KV_RENDERERS = {
    "dotenv": r_dotenv, "yaml": r_yaml, "json": r_json, "toml": r_toml, "ini": r_ini, "properties": r_properties,
    "appsettings.json": r_appsettings, "docker-compose": r_compose, "k8s-secret": r_k8s_secret, "k8s-deployment": r_k8s_deploy,
    "helm-values": r_helm, "github-actions": r_gha, "terraform": r_terraform, "tfvars": r_tfvars, "makefile": r_makefile,
    "dockerfile": r_dockerfile, "serverless.yml": r_serverless, "web.config": r_webconfig, "shell": r_shell,
    "python": r_python, "javascript": r_js, "typescript": r_ts, "go": r_go, "java": r_java, "kotlin": r_kotlin, "ruby": r_ruby,
    "php": r_php, "csharp": r_csharp, "rust": r_rust, "markdown": r_readme, "ipynb": r_ipynb, "postman": r_postman,
    "log": r_log, "csv": r_csv,
}
NO_REF = {"tfvars", "web.config", "log", "csv"}
WEB3_RENDERERS = {
    "hardhat.config.js": (r_hardhat, {"pk", "rpc", "explorer", "mnemonic", "addr", "tx"}),
    "hardhat.config.ts": (r_hardhat_ts, {"pk", "rpc", "explorer", "mnemonic", "addr", "tx"}),
    "foundry.toml": (r_foundry, {"rpc", "explorer"}),
    "truffle-config.js": (r_truffle, {"pk", "rpc", "mnemonic", "addr", "tx"}),
    "brownie-config.yaml": (r_brownie, {"pk", "mnemonic"}),
    "Anchor.toml": (r_anchor, {"solpub", "solrpc"}),
    "solidity": (r_solidity, {"pk", "addr", "tx"}),
    "deploy-script-ts": (r_deploy_ts, {"pk", "rpc", "mnemonic", "addr", "tx"}),
    "deploy-script-py": (r_deploy_py, {"pk", "rpc", "addr", "tx"}),
    "deploy-script-go": (r_deploy_go, {"pk", "rpc"}),
}
SPECIAL_RENDERERS = {
    "cdp_key_json": r_cdp_json, "pem_py": r_pem_py, "pem_ts": r_pem_ts, "pem_env": r_pem_env, "pem_yaml": r_pem_yaml,
    "pubkey_pem": r_pubkey_pem, "solana_id_json": r_solana_id, "solarr_rs": r_solarr_rs, "solarr_ts": r_solarr_ts,
    "solarr_env": r_solarr_env, "solarr_py": r_solarr_py,
}
ONE_LINERS = {"solana_id_json", "cdp_key_json", "pubkey_pem"}  # real formats that are shorter than 5 lines
SPECIAL_FT = {"cdp_key_json": "cdp_api_key.json", "pem_py": "python", "pem_ts": "typescript", "pem_env": "dotenv",
              "pem_yaml": "k8s-secret", "pubkey_pem": "pem", "solana_id_json": "solana-id.json", "solarr_rs": "rust",
              "solarr_ts": "typescript", "solarr_env": "dotenv", "solarr_py": "python", "keystore_json": "keystore.json"}


# ---- negative-only domain files ---------------------------------------------
def bytecode(g, n):
    return "0x608060405234801561001057600080fd5b50" + g.hex(n)


def nf_hardhat_deploy(g):
    c = g.c(["Vault", "Token", "Escrow", "Staking", "Marketplace", "Treasury"])
    net = g.c(["mainnet", "sepolia", "base", "polygon"])
    addr, frm, tx, bh = eth_addr(g), eth_addr(g), "0x" + g.hex(64), "0x" + g.hex(64)
    bn = g.i(17000000, 21000000)
    obj = {"address": addr, "abi": [{"inputs": [{"internalType": "uint256", "name": "amount", "type": "uint256"}], "name": "deposit",
                                      "outputs": [], "stateMutability": "nonpayable", "type": "function"}],
           "transactionHash": tx,
           "receipt": {"to": None, "from": frm, "contractAddress": addr, "transactionIndex": g.i(0, 200), "gasUsed": str(g.i(400000, 3000000)),
                       "blockHash": bh, "transactionHash": tx, "logs": [], "blockNumber": bn, "cumulativeGasUsed": str(g.i(3000000, 15000000)),
                       "status": 1, "byzantium": True},
           "args": [], "numDeployments": 1, "solcInputHash": g.hex(32), "bytecode": bytecode(g, g.i(200, 600))}
    return "ethereum", "deployment_artifact", f"deployments/{net}/{c}.json", json.dumps(obj, indent=2) + "\n", "hardhat-deploy-json"


def nf_broadcast(g):
    c = g.c(["Vault", "Token", "Escrow", "Staking"])
    chain = g.c([1, 8453, 11155111, 137])
    addr, frm, tx = eth_addr(g), eth_addr(g), "0x" + g.hex(64)
    obj = {"transactions": [{"hash": tx, "transactionType": "CREATE", "contractName": c, "contractAddress": addr, "function": None,
                             "arguments": None, "transaction": {"from": frm, "gas": hex(g.i(400000, 3000000)), "value": "0x0",
                                                                "input": bytecode(g, g.i(120, 300)), "nonce": hex(g.i(0, 40)), "chainId": hex(chain)},
                             "additionalContracts": [], "isFixedGasLimit": False}],
           "receipts": [{"status": "0x1", "cumulativeGasUsed": hex(g.i(3000000, 9000000)), "transactionHash": tx,
                         "blockHash": "0x" + g.hex(64), "blockNumber": hex(g.i(17000000, 21000000)), "from": frm, "to": None,
                         "contractAddress": addr}],
           "libraries": [], "pending": [], "returns": {}, "timestamp": g.i(1690000000, 1730000000), "chain": chain, "commit": g.hex(7)}
    return "ethereum", "broadcast_artifact", f"broadcast/Deploy{c}.s.sol/{chain}/run-latest.json", json.dumps(obj, indent=2) + "\n", "foundry-broadcast-json"


def nf_stripe_fixture(g):
    tail = stripe_tail(g)
    pi = stripe_id(g, "pi_", tail)
    amt = g.c([1999, 2500, 4900, 12000])
    obj = {"id": stripe_id(g, "evt_", tail), "object": "event", "api_version": "2023-10-16", "created": g.i(1690000000, 1730000000),
           "data": {"object": {"id": pi, "object": "payment_intent", "amount": amt, "amount_received": amt, "currency": g.c(["usd", "eur", "gbp"]),
                               "client_secret": f"{pi}_secret_{g.s(ALNUM, 25)}", "customer": "cus_" + g.s(ALNUM, 14),
                               "latest_charge": stripe_id(g, "ch_", tail), "payment_method": stripe_id(g, "pm_", tail),
                               "metadata": {"order_id": str(g.i(10000, 99999))}, "status": "succeeded", "livemode": False}},
           "livemode": False, "pending_webhooks": 1,
           "request": {"id": "req_" + g.s(ALNUM, 14), "idempotency_key": g.uuid()}, "type": "payment_intent.succeeded"}
    return "stripe", "webhook_event_fixture", g.c(["tests/fixtures/stripe/payment_intent.succeeded.json", "spec/fixtures/stripe_event.json"]), \
        json.dumps(obj, indent=2) + "\n", "json-fixture"


def nf_tx_csv(g):
    L = ["date,tx_hash,from,to,token,amount,block"]
    for _ in range(g.i(4, 15)):
        L.append(f"{g.date()},0x{g.hex(64)},{eth_addr(g)},{eth_addr(g)},{g.c(['USDC', 'WETH', 'DAI', 'ETH'])},{g.i(1, 50000)}.{g.i(0, 999999):06d},{g.i(17000000, 21000000)}")
    return "ethereum", "tx_hash", g.c(["exports/transactions.csv", "data/onchain_payouts.csv", "reports/2024-Q2-treasury.csv"]), "\n".join(L) + "\n", "csv"


def nf_chain_log(g):
    L = []
    for _ in range(g.i(6, 25)):
        ts = g.ts()
        L.append(g.c([f"{ts} INFO  indexer: block {g.i(17000000, 21000000)} hash=0x{g.hex(64)} txs={g.i(50, 300)}",
                      f"{ts} INFO  relayer: sent tx 0x{g.hex(64)} nonce={g.i(1, 900)} to={eth_addr(g)}",
                      f"{ts} INFO  payout: confirmed 0x{g.hex(64)} after {g.i(1, 12)} confirmations",
                      f"{ts} WARN  relayer: replacement tx underpriced for 0x{g.hex(64)}, bumping gas"]))
    return "ethereum", "tx_hash", g.c(["logs/relayer.log", "logs/indexer-2024-05-02.log"]), "\n".join(L) + "\n", "log"


def nf_addresses_readme(g):
    L = [f"# {g.c(PROJECTS)} contracts", "", "## Deployments", "", "| Network | Contract | Address | Tx |", "|---|---|---|---|"]
    for _ in range(g.i(2, 6)):
        net = g.c(["Ethereum", "Base", "Arbitrum", "Sepolia"])
        a, t = eth_addr(g), "0x" + g.hex(64)
        L.append(f"| {net} | {g.c(['Vault', 'Token', 'Router', 'Staking'])} | [`{a}`](https://etherscan.io/address/{a}) | [tx](https://etherscan.io/tx/{t}) |")
    L += ["", "Verify with `forge verify-contract --etherscan-api-key $ETHERSCAN_API_KEY`.", "",
          f"Treasury Safe: `{eth_addr(g)}`", f"Solana program: `{b58enc(ed25519_pub(g.bytes(32)))}`", f"BTC cold storage: `{bech32_segwit('bc', 0, g.bytes(20))}`"]
    return "ethereum", "contract_address", g.c(["README.md", "docs/deployments.md"]), "\n".join(L) + "\n", "markdown"


def nf_abi(g):
    c = g.c(["Vault", "Token", "Escrow"])
    sigs = g.sample(["deposit(uint256)", "withdraw(uint256)", "transfer(address,uint256)", "approve(address,uint256)",
                     "balanceOf(address)", "owner()", "pause()", "setFee(uint16)"], g.i(3, 6))
    obj = {"abi": [{"type": "function", "name": s.split("(")[0], "inputs": [], "outputs": [], "stateMutability": "nonpayable"} for s in sigs],
           "bytecode": {"object": bytecode(g, g.i(200, 500)), "linkReferences": {}},
           "methodIdentifiers": {s: keccak256(s.encode()).hex()[:8] for s in sigs}}
    return "ethereum", "abi_bytecode", f"out/{c}.sol/{c}.json", json.dumps(obj, indent=2) + "\n", "json"


def nf_keystore(g):
    obj = {"address": g.hex(40), "crypto": {"cipher": "aes-128-ctr", "ciphertext": g.hex(64), "cipherparams": {"iv": g.hex(32)},
                                             "kdf": "scrypt", "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": g.hex(64)},
                                             "mac": g.hex(64)}, "id": g.uuid(), "version": 3}
    return "ethereum", "keystore_ciphertext", g.c(["keystore/UTC--2024-03-01T10-22-31.512Z--deployer.json", "keys/deployer.keystore.json"]), \
        json.dumps(obj, indent=2) + "\n", "keystore.json"


NEG_FILES = {"hardhat_deploy_json": nf_hardhat_deploy, "foundry_broadcast_json": nf_broadcast, "stripe_event_fixture": nf_stripe_fixture,
             "tx_csv": nf_tx_csv, "chain_log": nf_chain_log, "addresses_readme": nf_addresses_readme, "abi_json": nf_abi}


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
SLOT_OK_NEG = {"env_reference", "placeholder", "masked", "published_test_key", "published_test_mnemonic", "ciphertext"}


def weighted(g, items):
    tot = sum(w for *_, w in items)
    x = g.r.random() * tot
    for it in items:
        x -= it[-1]
        if x <= 0:
            return it
    return items[-1]


def pick_renderer(g, sp, negative):
    if sp.fts:
        key = g.c(sp.fts)
        return key, SPECIAL_RENDERERS.get(key), SPECIAL_FT.get(key, key)
    web3 = [k for k, (_, roles) in WEB3_RENDERERS.items() if sp.role in roles
            and not (k == "Anchor.toml" and isinstance(sp.value, Ref))]
    if web3 and g.p(0.55):
        k = g.c(web3)
        return k, WEB3_RENDERERS[k][0], k
    kv = [k for k in KV_RENDERERS if not (negative and k in NO_REF and (isinstance(sp.value, Ref) or any(isinstance(x, Ref) for _, x in sp.comps)))]
    if negative:
        kv = [k for k in kv if k not in ("csv",)]
    k = g.c(kv)
    return k, KV_RENDERERS[k], k


def render(g, sp, negative):
    for _ in range(30):
        key, fn, ft = pick_renderer(g, sp, negative)
        out = fn(g, sp, fillers(g, g.i(3, 8), web3=sp.role is not None))
        nl = out.text.count("\n") + (0 if out.text.endswith("\n") else 1)
        if not (1 if key in ONE_LINERS else 5) <= nl <= 80:
            continue
        if not negative:
            if sp.needle not in out.text:
                continue
        return out, ft
    raise RuntimeError(f"could not render {sp.provider}/{sp.kind}")


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_n.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    init_constants()
    g = Rng(seed)
    manifest, secrets, files = [], [], {}

    for i in range(500):
        _, _, fn, _ = weighted(g, POS_KINDS)
        sp = fn(g)
        out, ft = render(g, sp, False)
        rel = f"pos/p{i:04d}/{project_prefix(g)}{out.path}"
        idx = out.text.index(sp.needle)
        files[rel] = out.text
        manifest.append({"file": rel, "label": "positive", "provider": sp.provider, "kind": sp.kind, "filetype": ft})
        secrets.append({"file": rel, "needle": sp.needle, "line": out.text[:idx].count("\n") + 1})

    neg_total = sum(w for _, w in NEG_KINDS) + sum(w for _, w in NEG_SPECIAL_FILES)
    for i in range(500):
        x = g.r.random() * neg_total
        if x < sum(w for _, w in NEG_SPECIAL_FILES):
            name = weighted(g, NEG_SPECIAL_FILES)[0]
            prov, kind, path, text, ft = NEG_FILES[name](g)
        else:
            fn = weighted(g, NEG_KINDS)[0]
            sp = fn(g)
            sp.slot_ok = sp.kind in SLOT_OK_NEG
            # key-id halves of pair credentials are kept out of negatives (some APIs accept them alone)
            sp.comps = [(k, Ref(k) if isinstance(x, str) and k.endswith(("_API_KEY", "_APP_KEY", "_CONSUMER_KEY")) and sp.group not in ("shopify",)
                         else x) for k, x in sp.comps]
            if sp.fts == ["keystore_json"]:
                prov, kind, path, text, ft = nf_keystore(g)
            else:
                out, ft = render(g, sp, True)
                prov, kind, path, text = sp.provider, sp.kind, out.path, out.text
        rel = f"neg/n{i:04d}/{project_prefix(g)}{path}"
        files[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})

    for rel, text in files.items():
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in manifest:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for r in secrets:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    bad = 0
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL (needle/line):", s["file"], file=sys.stderr)
            bad += 1
        needles.append(s["needle"])
    negs = [m["file"] for m in manifest if m["label"] == "negative"]
    for f in negs:
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            t = fh.read()
        for n in needles:
            if n in t:
                print("SELF-CHECK FAIL (positive needle in negative):", f, file=sys.stderr)
                bad += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            nl = len(fh.read().splitlines())
        if not 1 <= nl <= 80:
            print("SELF-CHECK WARN line count", m["file"], nl, file=sys.stderr)
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print(f"positives={len(pos)} negatives={len(neg)} self-check {'OK' if not bad else 'FAILED (%d)' % bad}")
    for label, ms in (("positive", pos), ("negative", neg)):
        print(f"\n== {label}: providers ({len(set(m['provider'] for m in ms))})")
        print("  " + ", ".join(f"{k}:{v}" for k, v in Counter(m["provider"] for m in ms).most_common()))
        pk = Counter((m["provider"], m["kind"]) for m in ms)
        print(f"== {label}: provider/kind pairs ({len(pk)})")
        print("  " + ", ".join(f"{a}/{b}:{v}" for (a, b), v in pk.most_common()))
        print(f"== {label}: file types ({len(set(m['filetype'] for m in ms))})")
        print("  " + ", ".join(f"{k}:{v}" for k, v in Counter(m["filetype"] for m in ms).most_common()))
    print(f"\nall file types: {len(set(m['filetype'] for m in manifest))}")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
