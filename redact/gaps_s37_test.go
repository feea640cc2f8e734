package redact

import "testing"

// TestS37GamePlayers: a player's name where a game server's record puts
// it beside the player's platform id or after the server's own words; the
// same words in other sentences, bots' ids and service logs stay.
func TestS37GamePlayers(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	// HL Log Standard (Source, GoldSrc).
	f(`L 11/23/2026 - 20:01:08: "o.johnson<18><STEAM_1:0:346373764><TERRORIST>" killed "Big Bob<102><[U:1:378714572]><CT>" with "deagle"`,
		`L 11/23/2026 - 20:01:08: "[name]<18><[name]><TERRORIST>" killed "[name]<102><[[name]]><CT>" with "deagle"`)
	f(`L 11/23/2026 - 20:01:10: "oshevchenko<359><[U:1:455949457]><CT>" changed name to "Chloe70"`,
		`L 11/23/2026 - 20:01:10: "[name]<359><[[name]]><CT>" changed name to "[name]"`)
	f(`L 11/23/2026 - 20:06:42: "Kurt<34><BOT><Blue>" changed name to "jpatel"`, `L 11/23/2026 - 20:06:42: "Kurt<34><BOT><Blue>" changed name to "[name]"`)
	// Rust.
	f(`mykola_garcia[76561197986420667] has entered the game`, `[name][[name]] has entered the game`)
	f(`Kicking xX_Fatima_Xx[76561198205297730] (EAC: Banned)`, `Kicking [name][[name]] (EAC: Banned)`)
	f(`203.0.113.7:61234/76561198012345678/Big Dave joined [windows/76561198012345678]`, `203.0.113.0:61234/[name]/[name] joined [windows/[name]]`)
	// Minecraft.
	f(`[20:00:09] [User Authenticator #4/INFO]: UUID of player DarkJones is 1b4cf80e-46fd-4ef9-b233-f33827bb10a4`,
		`[20:00:09] [User Authenticator #4/INFO]: UUID of player [name] is [name]`)
	f(`[12:01:02] [Server thread/INFO]: <Steve_99> hello there`, `[12:01:02] [Server thread/INFO]: <[name]> hello there`)
	f(`[12:01:02] [Async Chat Thread - #7/INFO]: [Not Secure] <DarkBondarenko> call me`, `[12:01:02] [Async Chat Thread - #7/INFO]: [Not Secure] <[name]> call me`)
	f(`[20:00:16] [Server thread/INFO]: Priya_Becker[/203.0.113.158:25714] logged in with entity id 44757 at (1782.4, 92.0, -1809.1)`,
		`[20:00:16] [Server thread/INFO]: [name][/203.0.113.0:25714] logged in with entity id 44757 at (1782.4, 92.0, -1809.1)`)
	f(`[20:00:04] [Server thread/INFO]: Disconnecting com.mojang.authlib.GameProfile@c356c263[id=<null>,name=DarkFischer,properties={},legacy=false] (/203.0.113.207:9961): You are not whitelisted on this server!`,
		`[20:00:04] [Server thread/INFO]: Disconnecting com.mojang.authlib.GameProfile@c356c263[id=<null>,name=[name],properties={},legacy=false] (/203.0.113.0:9961): You are not whitelisted on this server!`)
	f(`[20:00:05] [Server thread/INFO]: Steve (/203.0.113.9:5000) lost connection: Disconnected`, `[20:00:05] [Server thread/INFO]: [name] (/203.0.113.0:5000) lost connection: Disconnected`)
	f(`[20:00:13] [Server thread/INFO]: [Server] Banned m.fischer: Banned by an operator.`, `[20:00:13] [Server thread/INFO]: [Server] Banned [name]: Banned by an operator.`)
	f(`[20:00:30] [Server thread/INFO]: [Steve: Kicked Tomasz70: griefing]`, `[20:00:30] [Server thread/INFO]: [Steve: Kicked [name]: griefing]`)
	f(`[20:00:46] [Server thread/INFO]: Made Dmytro_Williams a server operator`, `[20:00:46] [Server thread/INFO]: Made [name] a server operator`)
	// FiveM, txAdmin, Valheim.
	f(`[20:03:25] [      script:chat] Lukas Garcia: my discord is 146674553353264448`, `[20:03:25] [      script:chat] [name]: my discord is [name]`)
	f(`[20:03:27] [ script:connectqueue] Connecting: DarkGarcia (steam:11000012f41cf50, license:ec776210594f52ed1a3e93d92b117272bd476273)`,
		`[20:03:27] [ script:connectqueue] Connecting: [name] (steam:[name], license:[name])`)
	f(`[20:03:18] [ citizen-server-impl] Banned player DarkJones identifiers=["fivem:8465715"]`, `[20:03:18] [ citizen-server-impl] Banned player [name] identifiers=["fivem:[name]"]`)
	f(`[20:03:30] [        txAdmin] [100] Dmytro21 left (Exiting)`, `[20:03:30] [        txAdmin] [100] [name] left (Exiting)`)
	f(`11/23/2026 20:02:21: Got character ZDOID from amueller92 : -817834740:6`, `11/23/2026 20:02:21: Got character ZDOID from [name] : -817834740:6`)
	f(`L 11/23/2026 - 20:01:13: "x<385><BOT><Blue>" say_team "add me on discord DarkNowak"`, `L 11/23/2026 - 20:01:13: "x<385><BOT><Blue>" say_team "add me on discord [name]"`)
	// Look-alikes: the same words elsewhere.
	f(`2026-01-01 12:00:00 [INFO]: service started`, `2026-01-01 12:00:00 [INFO]: service started`)
	f(`[main/INFO]: <init> failed for bean cache`, `[main/INFO]: <init> failed for bean cache`)
	f(`Kicked off the build: 5 jobs`, `Kicked off the build: 5 jobs`)
	f(`Made changes to 3 files`, `Made changes to 3 files`)
	f(`webhook posted on discord servers today`, `webhook posted on discord servers today`)
	f(`"reload<2><Console><>" changed map`, `"reload<2><Console><>" changed map`)
	f(`order 12345678901234567 shipped`, `order 12345678901234567 shipped`)
}

// TestS37AccessCards: an access card's number under a card's or a
// credential's key, in its object, and after "Badge" or "Card" before
// the reader's verdict; a card's last digits elsewhere and a credential's
// internal id stay.
func TestS37AccessCards(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`{"card":{"facilityCode":"A16296","number":"65160","issueLevel":1}}`, `{"card":{"facilityCode":"A16296","number":"[national_id]","issueLevel":1}}`)
	f(`{"credential":{"id":7156836,"referenceId":"71625"}}`, `{"credential":{"id":7156836,"referenceId":"[national_id]"}}`)
	f(`{"card_number":"65160","cardNo":"004411"}`, `{"card_number":"[national_id]","cardNo":"[national_id]"}`)
	f(`card.number=65160 door=lobby`, `card.number=[national_id] door=lobby`)
	f(`Card 65160 granted at Parking Gate North`, `Card [national_id] granted at Parking Gate North`)
	f(`LNL: Access granted: Olena Becker (Badge 004800) at Server Room B2`, `LNL: Access granted: [name] (Badge [national_id]) at Server Room B2`)
	f(`{"order":{"number":"100045"},"card":{"brand":"visa","last4":"4242"}}`, `{"order":{"number":"100045"},"card":{"brand":"visa","last4":"4242"}}`)
	f(`card 4242 declined by issuer`, `card 4242 declined by issuer`)
	f(`{"page":{"number":"12345"}}`, `{"page":{"number":"12345"}}`)
}

// TestS37QuotedGECOS: useradd's login after a quoted comment.
func TestS37QuotedGECOS(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`useradd -m -c "Jane Doe" jdoe`, `useradd -m -c "[name]" [name]`)
	f(`COMMAND=/usr/sbin/useradd -m -c "Jane Doe" -s /bin/bash jdoe`, `COMMAND=/usr/sbin/useradd -m -c "[name]" -s /bin/bash [name]`)
	f(`{"cmd":"useradd -r -c \"Backup Service\" backup"}`, `{"cmd":"useradd -r -c \"Backup Service\" backup"}`)
}

// TestS37XMLNameValue: an XML element whose name or key attribute names
// its value attribute or its text (Tomcat's and Spring's <param>,
// .NET's appSettings <add key= value=>, Java's properties XML <entry
// key=>); the key attribute itself is a name, not an API key, and
// values under harmless names stay.
func TestS37XMLNameValue(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<param name="password" value="hunter2xyz"/>`, `<param name="password" value="[secret]"/>`)
	f(`<Parameter name="password" value="hunter2xyz" override="false"/>`, `<Parameter name="password" value="[secret]" override="false"/>`)
	f(`<add key="ApiKey" value="f3b2a1c9d8e7f6a5b4c3"/>`, `<add key="ApiKey" value="[secret]"/>`)
	f(`<entry key="db.password">s3cr3tP4ss</entry>`, `<entry key="db.password">[secret]</entry>`)
	f(`<property name="email" value="jane.doe@example.com"/>`, `<property name="email" value="[email]"/>`)
	f(`<add key="Environment" value="production"/>`, `<add key="Environment" value="production"/>`)
	f(`<property name="timeout" value="30"/>`, `<property name="timeout" value="30"/>`)
	f(`<entry key="cache.size">512</entry>`, `<entry key="cache.size">512</entry>`)
	f(`key="AKIAIOSFODNN7EXAMPLE" in config`, `key="[secret]" in config`)
}

// TestS37ISOFields: jPOS's XML dump names an ISO 8583 data element by its
// number: the PIN block (52) and unmasked track data (35, 45) are
// secrets; other elements and a masked track stay to the usual
// detectors. EMV's cardholder name (5F20) in a kernel's trace.
func TestS37ISOFields(t *testing.T) {
	f := redactsTo(t, mustEngine(t, DefaultOptions()).NewRedactor())
	f(`<field id="52" value="48539B225CCD4BE7" type="binary"/>`, `<field id="52" value="[secret]" type="binary"/>`)
	f(`<field id="35" value="4313479791651375=27121011000012345678"/>`, `<field id="35" value="[secret]"/>`)
	f(`<field id="35" value="554125______0890=____________________"/>`, `<field id="35" value="554125______0890=____________________"/>`)
	f(`<field id="11" value="257789"/> <field id="41" value="TERM0042"/>`, `<field id="11" value="257789"/> <field id="41" value="TERM0042"/>`)
	f(`20:03:03.966 [EMV] 5F20 0F "WILLIAMS/MYKOLA"`, `20:03:03.966 [EMV] 5F20 0F "[name]"`)
	f(`20:02:24.528 [EMV] 5F20 0E 5343484D4944542F4F4C49564552`, `20:02:24.528 [EMV] 5F20 0E [name]`)
	f(`20:02:24.528 [EMV] 5F24 03 271231`, `20:02:24.528 [EMV] 5F24 03 271231`)
	f(`20:02:24.528 [EMV] 5F20 02 0102`, `20:02:24.528 [EMV] 5F20 02 0102`)
}
