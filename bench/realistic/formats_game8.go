package realistic

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Held-out formats of game8: game servers, streaming servers, webmail and
// collaboration servers. Written from each product's documentation and the
// log lines its manuals and support pages quote, before the engine's rules
// were read.
//
// Steam ids (SteamID2 STEAM_1:0:N, SteamID3 [U:1:N], SteamID64 7656119...,
// FiveM's steam:<hex>) and Discord user ids (snowflakes) are persistent
// identifiers of one person's account, public and looked up by anyone on
// the vendor's site, so they are planted as account_id, as Auth0's user ids
// are elsewhere. A Minecraft player's UUID is the same kind of id (Mojang's
// account id) and is planted too. Per-server ids (entity ids, the engine's
// user slot <2>, Mattermost's internal user id) are no such thing.

// gamerTag is the name a player shows in game: a login-like handle or a
// made-up tag built from a first name.
func (g *gen) gamerTag() string {
	f, l := g.name()
	f, l = ascii(f), ascii(l)
	switch g.rng.IntN(6) {
	case 0:
		return "xX_" + f + "_Xx"
	case 1:
		return f + g.num(10, 99)
	case 2:
		return "Dark" + l
	case 3:
		return f + "_" + l
	}
	return g.personLogin()
}

// steam64 returns a SteamID64 of an individual account and its SteamID2
// and SteamID3 writings (Valve developer wiki, SteamID).
func (g *gen) steam64() (id64, id2, id3 string) {
	acct := 20000000 + g.rng.IntN(1200000000)
	id64 = strconv.FormatInt(76561197960265728+int64(acct), 10)
	id2 = "STEAM_1:" + strconv.Itoa(acct&1) + ":" + strconv.Itoa(acct>>1)
	id3 = "[U:1:" + strconv.Itoa(acct) + "]"
	return
}

func (g *gen) snowflake() string { return "1" + g.num(1, 4) + g.digits(16) }

func (g *gen) gameServers(st *streamState) Record {
	switch st.variant % 4 {
	case 1:
		return g.srcdsLine()
	case 2:
		return g.rustValheimLine()
	case 3:
		return g.fivemLine()
	}
	return g.minecraftLine()
}

// minecraftLine is one line of a vanilla/Paper latest.log: "[HH:MM:SS]
// [thread/LEVEL]: message".
func (g *gen) minecraftLine() Record {
	b := make([]byte, 0, 300)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("15:04:05"), "")
	b = append(b, "] ["...)
	who := g.gamerTag()
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, "User Authenticator #"+g.num(1, 9)+"/INFO]: UUID of player "...)
		b = g.plant(b, "name", who, "")
		b = append(b, " is "...)
		b = g.plant(b, "account_id", g.uuid(), "")
	case 1:
		b = append(b, "Server thread/INFO]: "...)
		b = g.plant(b, "name", who, "")
		b = append(b, "[/"...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ":"+port+"] logged in with entity id "...)
		b = g.keep(b, "counter", g.num(100, 99999), "")
		x := g.num(-3000, 3000) + "." + g.digits(1)
		b = append(b, " at ("...)
		b = g.keep(b, "counter", x, "")
		b = append(b, ", "+g.num(40, 120)+".0, "+g.num(-3000, 3000)+"."+g.digits(1)+")"...)
	case 2:
		b = append(b, "Server thread/INFO]: "...)
		b = g.plant(b, "name", who, "")
		b = append(b, pick(g, []string{" lost connection: Disconnected", " joined the game", " left the game", " lost connection: Timed out"})...)
	case 3:
		b = append(b, "Async Chat Thread - #"+g.num(0, 9)+"/INFO]: "...)
		if g.pct(50) {
			b = append(b, "[Not Secure] "...)
		}
		b = append(b, '<')
		b = g.plant(b, "name", who, "")
		b = append(b, "> "...)
		if g.pct(50) {
			ph := g.phone()
			b = append(b, pick(g, []string{"my number is ", "text me on ", "call "})...)
			b = g.plant(b, "phone", ph, "")
		} else {
			f, l := g.name()
			e := g.email(f, l)
			b = append(b, pick(g, []string{"add me ", "mail me at ", "my email "})...)
			b = g.plant(b, "email", e, "")
		}
	case 4:
		// Disconnecting a profile that failed a check: GameProfile's toString.
		b = append(b, "Server thread/INFO]: Disconnecting com.mojang.authlib.GameProfile@"+g.hexID(8)+"[id=<null>,name="...)
		b = g.plant(b, "name", who, "")
		b = append(b, ",properties={},legacy=false] (/"...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ":"+port+"): You are not whitelisted on this server!"...)
	case 5:
		b = append(b, "RCON Listener #"+g.num(1, 3)+"/INFO]: Thread RCON Client /"...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " started"...)
	default:
		b = append(b, "Server thread/INFO]: [Server] "...)
		verb := pick(g, [][2]string{{"Banned ", ": Banned by an operator."}, {"Made ", " a server operator"}, {"Kicked ", ": griefing"}})
		b = append(b, verb[0]...)
		b = g.plant(b, "name", who, "")
		b = append(b, verb[1]...)
	}
	return Record{Line: b}
}

// srcdsPlayer writes "Name<uid><steamid><team>" as the Half-Life log
// standard quotes a player; bots carry BOT for their id.
func (g *gen) srcdsPlayer(b []byte, team string) []byte {
	b = append(b, '"')
	if g.pct(10) {
		b = append(b, pick(g, []string{"Brian", "Kurt", "Yogi"})...)
		b = append(b, "<"+g.num(2, 64)+"><BOT><"+team+">\""...)
		return b
	}
	b = g.plant(b, "name", g.gamerTag(), "")
	uid := g.num(2, 400)
	b = g.keep(b, "counter", uid, "<"+uid+">")
	b = append(b, '<')
	_, id2, id3 := g.steam64()
	if g.pct(50) {
		b = g.plant(b, "account_id", id2, "")
	} else {
		b = g.plant(b, "account_id", id3, "")
	}
	return append(b, "><"+team+">\""...)
}

// srcdsLine is one line of a Source dedicated server log (the HL Log
// Standard, revision 1.03): "L mm/dd/yyyy - hh:mm:ss: event".
func (g *gen) srcdsLine() Record {
	b := make([]byte, 0, 300)
	b = append(b, "L "...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("01/02/2006 - 15:04:05"), "")
	b = append(b, ": "...)
	team := pick(g, []string{"CT", "TERRORIST", "Red", "Blue"})
	switch g.rng.IntN(8) {
	case 0:
		b = g.srcdsPlayer(b, "")
		ip, cat := g.clientIP()
		if cat == "ipv6" {
			ip = g.ipv4()
		}
		b = append(b, " connected, address \""...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, ":"+g.num(27005, 27050)+"\""...)
	case 1:
		b = g.srcdsPlayer(b, "")
		b = append(b, pick(g, []string{" entered the game", " STEAM USERID validated"})...)
	case 2, 3:
		b = g.srcdsPlayer(b, team)
		b = append(b, pick(g, []string{" say \"", " say_team \""})...)
		switch g.rng.IntN(3) {
		case 0:
			b = append(b, "add me on discord "...)
			b = g.plant(b, "name", g.gamerTag(), "")
		case 1:
			b = append(b, "my number is "...)
			b = g.plant(b, "phone", g.phone(), "")
		default:
			b = append(b, pick(g, []string{"gg", "rush B", "nice shot", "lag?"})...)
		}
		b = append(b, '"')
	case 4:
		b = g.srcdsPlayer(b, team)
		b = append(b, " ["+g.num(-2000, 2000)+" "+g.num(-2000, 2000)+" "+g.num(-100, 300)+"] killed "...)
		b = g.srcdsPlayer(b, pick(g, []string{"CT", "TERRORIST"}))
		b = append(b, " ["+g.num(-2000, 2000)+" "+g.num(-2000, 2000)+" "+g.num(-100, 300)+"] with \""+pick(g, []string{"ak47", "awp", "m4a1", "deagle"})+"\""...)
		if g.pct(40) {
			b = append(b, " (headshot)"...)
		}
	case 5:
		b = g.srcdsPlayer(b, team)
		b = append(b, " disconnected (reason \""+pick(g, []string{"Disconnect", "Kicked by Console", "timed out"})+"\")"...)
	case 6:
		b = g.srcdsPlayer(b, team)
		b = append(b, " changed name to \""...)
		b = g.plant(b, "name", g.gamerTag(), "")
		b = append(b, '"')
	default:
		b = append(b, "rcon from \""...)
		b = g.plant(b, "ipv4", g.ipv4(), "")
		b = append(b, ":"+g.num(1024, 65535)+"\": command \""+pick(g, []string{"status", "changelevel de_dust2", "mp_restartgame 1"})+"\""...)
	}
	return Record{Line: b}
}

// rustValheimLine is a Rust dedicated server's console log (connections as
// "ip:port/steamid64/name joined [os/steamid64]", "name[steamid64] ...") or
// Valheim's (the Unity log's "mm/dd/yyyy hh:mm:ss: " prefix, "Got connection
// SteamID ...", "Got character ZDOID from name : id:n").
func (g *gen) rustValheimLine() Record {
	b := make([]byte, 0, 300)
	id64, _, _ := g.steam64()
	who := g.gamerTag()
	if g.pct(50) {
		switch g.rng.IntN(5) {
		case 0:
			ip, cat := g.clientIP()
			if cat == "ipv6" {
				ip = g.ipv4()
			}
			b = g.plant(b, "ipv4", ip, "")
			b = append(b, ":"+g.num(1024, 65535)+"/"...)
			g.plantAt("account_id", id64, "/"+id64+"/", "/"+id64+"]")
			b = append(b, id64+"/"...)
			b = g.plant(b, "name", who, "")
			b = append(b, " joined ["+pick(g, []string{"windows", "linux", "osx"})+"/"+id64+"]"...)
		case 1:
			b = g.plant(b, "name", who, "")
			g.plantAt("account_id", id64)
			b = append(b, "["+id64+"] "+pick(g, []string{"has entered the game", "has disconnected (Disconnected)", "has auth (Steam)"})...)
		case 2:
			b = append(b, "[CHAT] "...)
			b = g.plant(b, "name", who, "")
			g.plantAt("account_id", id64)
			b = append(b, "["+id64+"] : "...)
			b = append(b, "hit me up on "...)
			b = g.plant(b, "phone", g.phone(), "")
		case 3:
			b = g.plant(b, "name", who, "")
			g.plantAt("account_id", id64)
			b = append(b, "["+id64+"] was killed by "+pick(g, []string{"bear", "wolf", "scientist"})...)
		default:
			b = append(b, "Kicking "...)
			b = g.plant(b, "name", who, "")
			g.plantAt("account_id", id64)
			b = append(b, "["+id64+"] (EAC: "+pick(g, []string{"Violation", "Banned"})+")"...)
		}
		return Record{Line: b}
	}
	b = g.keep(b, "timestamp", g.now.UTC().Format("01/02/2006 15:04:05"), "")
	b = append(b, ": "...)
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, "Got connection SteamID "...)
		b = g.plant(b, "account_id", id64, "")
	case 1:
		b = append(b, "Got handshake from client "...)
		b = g.plant(b, "account_id", id64, "")
	case 2:
		b = append(b, "Got character ZDOID from "...)
		b = g.plant(b, "name", who, "")
		zdo := "-" + g.num(10000000, 999999999) + ":" + g.num(1, 9)
		b = append(b, " : "...)
		b = g.keep(b, "counter", zdo, "")
	case 3:
		b = append(b, "Closing socket "...)
		b = g.plant(b, "account_id", id64, "")
	default:
		b = append(b, "Peer "...)
		b = g.plant(b, "account_id", id64, "")
		b = append(b, " has wrong password"...)
	}
	return Record{Line: b}
}

// fivemLine is a FiveM server console line behind its channel, naming a
// player's identifiers (license:, steam: hex, discord:, fivem:, ip:).
func (g *gen) fivemLine() Record {
	b := make([]byte, 0, 400)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("15:04:05"), "")
	b = append(b, "] "...)
	who := g.gamerTag()
	id64, _, _ := g.steam64()
	v, _ := strconv.ParseInt(id64, 10, 64)
	steamHex := strconv.FormatInt(v, 16)
	disc := g.snowflake()
	lic := g.hexID(40)
	ip := g.ipv4()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "[ script:connectqueue] Connecting: "...)
		b = g.plant(b, "name", who, "")
		b = append(b, " ("...)
		b = g.plant(b, "account_id", "steam:"+steamHex, "")
		b = append(b, ", license:"...)
		b = g.plant(b, "account_id", lic, "")
		b = append(b, ", "...)
		b = g.plant(b, "account_id", "discord:"+disc, "")
		b = append(b, ", ip:"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, ")"...)
	case 1:
		b = append(b, "[        txAdmin] ["+g.num(1, 128)+"] "...)
		b = g.plant(b, "name", who, "")
		b = append(b, pick(g, []string{" joined", " left (Exiting)", " dropped (Server->client connection timed out)"})...)
	case 2:
		b = append(b, "[      script:chat] "...)
		b = g.plant(b, "name", who, "")
		b = append(b, ": my discord is "...)
		b = g.plant(b, "account_id", disc, "")
	default:
		b = append(b, "[ citizen-server-impl] Banned player "...)
		b = g.plant(b, "name", who, "")
		b = append(b, " identifiers=[\"fivem:"...)
		fm := g.num(100000, 9999999)
		b = g.plant(b, "account_id", fm, "")
		b = append(b, "\",\"ip:"...)
		b = g.plant(b, "ipv4", ip, "")
		b = append(b, "\"] ban id "...)
		b = g.keep(b, "counter", "BAN-"+g.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "")
	}
	return Record{Line: b}
}

// streamingServers: one product a stream.
func (g *gen) streamingServers(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.icecastLine()
	case 2:
		return g.rtmpLine()
	case 3:
		return g.segmentRequest()
	case 4:
		return g.turnJanusLine()
	}
	return g.wowzaLine(st)
}

const wowzaFields = "#Fields: date\ttime\ttz\tx-event\tx-category\tx-severity\tx-status\tx-ctx\tx-comment\tx-vhost\tx-app\tx-appinst\tx-duration\ts-ip\ts-port\ts-uri\tc-ip\tc-proto\tc-referrer\tc-user-agent\tc-client-id\tcs-bytes\tsc-bytes\tx-stream-id\tx-spos\tcs-stream-bytes\tsc-stream-bytes\tx-sname\tx-sname-query\tx-file-name\tx-file-ext\tx-file-size\tx-file-length\tx-suri\tx-suri-stem\tx-suri-query\tcs-uri-stem\tcs-uri-query"

// wowzaLine is a Wowza Streaming Engine access log record (its W3C-style
// default layout, tab-separated, "-" for empty; the #Software, #Version,
// #Date and #Fields directives at the start of a file).
func (g *gen) wowzaLine(st *streamState) Record {
	switch st.n {
	case 0:
		return Record{Line: []byte("#Software: Wowza Streaming Engine 4.8.27+2 build20240117152931"), Header: true}
	case 1:
		return Record{Line: []byte("#Version: 1.0"), Header: true}
	case 2:
		return Record{Line: []byte("#Date: " + g.now.UTC().Format("2006-01-02 15:04:05")), Header: true}
	case 3:
		return Record{Line: []byte(wowzaFields), Header: true}
	}
	t := g.now.UTC()
	date, tm := t.Format("2006-01-02"), t.Format("15:04:05")
	g.keepAt("timestamp", date+"\t"+tm)
	ip, cat := g.clientIP()
	g.plantAt(cat, ip, "\t"+ip+"\t")
	stream := pick(g, []string{"myStream", "live_720p", "eventcam", "church_sunday"})
	app := pick(g, []string{"live", "vod", "webinar"})
	var q string
	switch g.rng.IntN(3) {
	case 0:
		h := g.chars(43, b64url) + "="
		q = "wowzatokenstarttime=" + strconv.FormatInt(t.Unix()-60, 10) + "&wowzatokenendtime=" + strconv.FormatInt(t.Unix()+3600, 10) + "&wowzatokenhash=" + h
		g.plantAt("secret", h)
	case 1:
		tok := g.token(32)
		q = "token=" + tok
		g.plantAt("secret", tok)
	default:
		f, l := g.name()
		e := g.email(f, l)
		q = "viewer=" + pctEnc(e, false, false) + "&sid=" + g.num(100000, 999999)
		g.plantAt("email", e, pctEnc(e, false, false))
	}
	event := pick(g, []string{"play", "stop", "connect", "destroy", "unpublish"})
	cid := g.num(100000000, 2147483647)
	g.keepAt("counter", cid, "\t"+cid+"\t")
	dur := g.num(0, 9000) + "." + g.digits(3)
	g.keepAt("duration", dur, "\t"+dur+"\t")
	ref := "-"
	if g.pct(50) {
		ref = "https://player.example.com/embed/" + stream
		if g.pct(40) {
			f, l := g.name()
			e := g.email(f, l)
			ref += "?utm_source=newsletter&email=" + pctEnc(e, false, false)
			g.plantAt("email", e, pctEnc(e, false, false))
		}
	}
	ua, ver := g.ua()
	if ver != "" {
		g.keepAt("version", ver)
	}
	proto := pick(g, []string{"http (cupertino)", "rtmp", "http (mpegdash)", "webrtc"})
	suri := "rtmp://203.0.113.10:1935/" + app + "/_definst_/" + stream + "?" + q
	if strings.HasPrefix(proto, "http") {
		suri = "https://stream.example.com:443/" + app + "/_definst_/" + stream + "/playlist.m3u8?" + q
	}
	f := []string{date, tm, "UTC", event, "stream", "INFO", pick(g, []string{"200", "200", "201"}), stream, "-", "_defaultVHost_", app, "_definst_", dur,
		"203.0.113.10", pick(g, []string{"1935", "443"}), suri, ip, proto, ref, ua, cid,
		g.num(3000, 900000), g.num(3000, 90000000), g.num(1, 99), "0", "0", g.num(0, 90000000), stream, q, stream, "stream", "0", "0",
		suri, "rtmp://203.0.113.10:1935/" + app + "/_definst_/" + stream, q, stream, q}
	return Record{Line: []byte(strings.Join(f, "\t"))}
}

// icecastLine: Icecast 2's access.log (combined format plus the seconds
// connected) and error.log ("[yyyy-mm-dd  hh:mm:ss] LEVEL module/function
// message").
func (g *gen) icecastLine() Record {
	b := make([]byte, 0, 300)
	if g.pct(55) {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " - "...)
		mount := pick(g, []string{"/stream.mp3", "/live", "/radio.ogg", "/hq.aac"})
		if g.pct(30) {
			b = g.plant(b, "name", g.personLogin(), "")
		} else {
			b = append(b, '-')
		}
		t := g.now.UTC()
		b = append(b, " ["...)
		b = g.keep(b, "timestamp", t.Format("02/Jan/2006:15:04:05 -0700"), "")
		b = append(b, "] \"GET "+mount...)
		if g.pct(40) {
			// A player's own listener id in the query: Icecast's
			// documentation defines no such parameter, so neither
			// outcome is asserted (unlabelled).
			b = append(b, "?listenerid="...)
			b = append(b, g.token(24)...)
		}
		b = append(b, " HTTP/1.1\" 200 "+g.num(1000, 90000000)+" \""...)
		if g.pct(40) {
			b = append(b, "https://radio.example.com/player"...)
		} else {
			b = append(b, '-')
		}
		ua, ver := g.ua()
		if ver != "" && g.pct(50) {
			g.keepAt("version", ver)
		}
		if g.pct(40) {
			ua = pick(g, []string{"VLC/3.0.18 LibVLC/3.0.18", "iTunes/12.12 (Macintosh; OS X 13.4)", "Lavf/58.76.100"})
		}
		secs := g.num(1, 86000)
		b = append(b, "\" \""+ua+"\""...)
		b = g.keep(b, "duration", secs, " "+secs)
		return Record{Line: b}
	}
	t := g.now.UTC()
	b = append(b, '[')
	b = g.keep(b, "timestamp", t.Format("2006-01-02  15:04:05"), "")
	b = append(b, "] "...)
	mount := pick(g, []string{"/stream.mp3", "/live", "/radio.ogg"})
	ip := g.ipv4()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "INFO source/source_main listener count on "+mount+" now "+g.num(0, 300)...)
	case 1:
		b = append(b, "WARN connection/_handle_source_request Source ("+mount+") attempted to login with invalid or missing password from "...)
		b = g.plant(b, "ipv4", ip, "")
	case 2:
		b = append(b, "INFO auth/add_authenticated_listener Added listener "...)
		b = g.plant(b, "name", g.personLogin(), "")
		b = append(b, " on "+mount+" from "...)
		b = g.plant(b, "ipv4", ip, "")
	default:
		b = append(b, "INFO admin/admin_handle_request Received admin command metadata on mount \""+mount+"\" from "...)
		b = g.plant(b, "ipv4", ip, "")
	}
	return Record{Line: b}
}

// rtmpLine: nginx-rtmp-module's access log in its default "combined"
// format ($remote_addr [$time_local] $command "$app" "$name" "$args" -
// $bytes_received $bytes_sent "$pageurl" "$flashver" ($session_readable_time))
// in even records, SRS's log ("[time][level][pid][cid] message") in odd.
func (g *gen) rtmpLine() Record {
	b := make([]byte, 0, 400)
	app := pick(g, []string{"live", "app", "ingest"})
	name := pick(g, []string{"stream1", "cam01", "studio"})
	if g.pct(50) {
		ip, cat := g.clientIP()
		b = g.plant(b, cat, ip, "")
		b = append(b, " ["...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("02/Jan/2006:15:04:05 -0700"), "")
		cmd := pick(g, []string{"PUBLISH", "PLAY", "PLAY"})
		b = append(b, "] "+cmd+" \""+app+"\" \""+name+"\" \""...)
		switch g.rng.IntN(3) {
		case 0:
			k := g.token(20)
			b = append(b, "key="...)
			b = g.plant(b, "secret", k, "")
		case 1:
			k := g.hexID(32)
			b = append(b, "token="...)
			b = g.plant(b, "secret", k, "")
			b = append(b, "&expires="...)
			b = g.keep(b, "epoch", strconv.FormatInt(g.now.Unix()+3600, 10), "")
		}
		b = append(b, "\" - "+g.num(400, 900000000)+" "+g.num(400, 9000000)+" \""...)
		if g.pct(40) {
			b = append(b, "https://www.example.com/watch/"+name...)
		}
		b = append(b, "\" \""+pick(g, []string{"FMLE/3.0 (compatible; FMSc/1.0)", "LNX 9,0,124,2", "obs-studio 30.0.2"})+"\" ("...)
		b = g.keep(b, "duration", g.num(1, 59)+"m "+g.num(1, 59)+"s", "")
		b = append(b, ")"...)
		return Record{Line: b}
	}
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
	cid := g.chars(8, lowerNum)
	b = append(b, "][INFO]["+g.num(1000, 99999)+"]["...)
	b = g.keep(b, "counter", cid, "")
	b = append(b, "] "...)
	switch g.rng.IntN(3) {
	case 0:
		ip, cat := g.clientIP()
		b = append(b, "RTMP client ip="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ":"+g.num(1024, 65535)+", fd="+g.num(8, 900)...)
	case 1:
		k := g.token(16)
		b = append(b, "connect app, tcUrl=rtmp://live.example.com/"+app+"?secret="...)
		b = g.plant(b, "secret", k, "")
		b = append(b, ", pageUrl=, swfUrl=, schema=rtmp, vhost=live.example.com, port=1935, app="+app+", args=null"...)
	default:
		k := g.hexID(32)
		b = append(b, "client identified, type=fmle-publish, vhost=live.example.com, app="+app+", stream="+name+", param=?auth_key="...)
		b = g.plant(b, "secret", k, "")
		b = append(b, ", duration=-1ms"...)
	}
	return Record{Line: b}
}

// segmentRequest is an HLS or DASH segment or playlist request behind nginx
// combined, with the CDN's signed-URL parameters: Akamai token auth 2.0
// (hdnts=exp=...~acl=...~hmac=...), CloudFront signed URLs with a custom
// policy (Policy, Signature, Key-Pair-Id) or a canned one (Expires), or a
// bare token.
func (g *gen) segmentRequest() Record {
	b := make([]byte, 0, 700)
	b = g.clfHead2(b)
	seg := pick(g, []string{"/hls/live/2001234/event/master.m3u8", "/hls/live/2001234/event/1080p/segment_" + g.num(1000, 99999) + ".ts", "/dash/vod/movie/chunk-stream0-" + g.num(10000, 99999) + ".m4s", "/dash/vod/movie/manifest.mpd"})
	b = append(b, seg...)
	ip := g.ipv4()
	exp := strconv.FormatInt(g.now.Unix()+3600, 10)
	switch g.rng.IntN(3) {
	case 0:
		// The exp and acl inside the token may go with it: unlabelled.
		h := g.hexID(64)
		b = append(b, "?hdnts=exp="+exp+"~acl=/hls/live/2001234/*~hmac="...)
		b = g.plant(b, "secret", h, "")
	case 1:
		pol := `{"Statement":[{"Resource":"https://d111111abcdef8.cloudfront.net` + seg + `","Condition":{"DateLessThan":{"AWS:EpochTime":` + exp + `},"IpAddress":{"AWS:SourceIp":"` + ip + `/32"}}}]}`
		enc := base64.StdEncoding.EncodeToString([]byte(pol))
		enc = strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(enc)
		sig := strings.NewReplacer("+", "-", "=", "_", "/", "~").Replace(base64.StdEncoding.EncodeToString([]byte(g.chars(128, base62))))
		b = append(b, "?Policy="...)
		b = g.plant(b, "secret", enc, "")
		b = append(b, "&Signature="...)
		b = g.plant(b, "secret", sig, "")
		b = append(b, "&Key-Pair-Id="...)
		b = g.keep(b, "requestid", "K"+g.chars(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "")
	default:
		tok := g.token(40)
		b = append(b, "?token="...)
		b = g.plant(b, "secret", tok, "")
		b = append(b, "&expires="+exp...)
	}
	status := pick(g, []string{"200", "200", "206", "403"})
	b = append(b, " HTTP/1.1\""...)
	b = g.keep(b, "status", status, " "+status+" ")
	b = append(b, g.num(300, 4000000)+" \"https://www.example.com/live\" \""...)
	ua, _ := g.ua()
	b = append(b, ua+"\""...)
	return Record{Line: b}
}

// clfHead2 writes "addr - - [time] \"GET " of nginx combined.
func (g *gen) clfHead2(b []byte) []byte {
	ip, cat := g.clientIP()
	b = g.plant(b, cat, ip, "")
	b = append(b, " - - ["...)
	b = g.keep(b, "timestamp", g.now.UTC().Format("02/Jan/2006:15:04:05 -0700"), "")
	return append(b, "] \"GET "...)
}

// turnJanusLine: coturn's log (turnserver's "N: : session ...: realm
// <...> user <...>: ..." lines, TURN REST API usernames "expiry:user"),
// Janus's plugin lines and Jitsi Jicofo's lines with display names.
func (g *gen) turnJanusLine() Record {
	b := make([]byte, 0, 300)
	sess := "0" + g.digits(17)
	realm := pick(g, []string{"example.org", "turn.example.com"})
	user := g.personLogin()
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	peer := ip
	if cat == "ipv6" {
		peer = "[" + ip + "]"
	}
	up := g.num(1, 90000)
	switch g.rng.IntN(7) {
	case 0:
		b = append(b, up+": : session "...)
		b = g.keep(b, "counter", sess, "")
		b = append(b, ": realm <"+realm+"> user <"...)
		b = g.plant(b, "name", user, "")
		b = append(b, ">: incoming packet "+pick(g, []string{"ALLOCATE", "REFRESH", "CREATE_PERMISSION", "BINDING", "CHANNEL_BIND"})+" processed, success"...)
	case 1:
		b = append(b, up+": : session "...)
		b = g.keep(b, "counter", sess, "")
		b = append(b, ": new, realm=<"+realm+">, username=<"...)
		// The expiry before the user: REST API credentials; unlabelled.
		b = append(b, strconv.FormatInt(g.now.Unix()+86400, 10)+":"...)
		b = g.plant(b, "name", user, "")
		b = append(b, ">, lifetime=600"...)
	case 2:
		b = append(b, up+": : IPv"+map[string]string{"ipv4": "4", "ipv6": "6"}[cat]+". tcp or tls connected to: "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ":"+port...)
	case 3:
		b = append(b, up+": : session "...)
		b = g.keep(b, "counter", sess, "")
		b = append(b, ": closed (2nd stage), user <"...)
		b = g.plant(b, "name", user, "")
		b = append(b, "> realm <"+realm+"> origin <> local 0.0.0.0:3478 remote "...)
		b = g.plant(b, cat, ip, peer)
		b = append(b, ":"+port+", reason: allocation timeout"...)
	case 4:
		b = append(b, up+": : session "...)
		b = g.keep(b, "counter", sess, "")
		b = append(b, ": usage: realm=<"+realm+">, username=<"...)
		b = g.plant(b, "name", user, "")
		b = append(b, ">, rp="+g.num(1, 9999)+", rb="+g.num(100, 999999)+", sp="+g.num(1, 9999)+", sb="+g.num(100, 999999)...)
	case 5:
		// Janus VideoRoom at verbose level.
		b = append(b, "["...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("Mon Jan  2 15:04:05 2006"), "")
		room := g.num(1000, 9999)
		b = append(b, "] [VideoRoom] Participant \""...)
		f, l := g.name()
		b = g.plant(b, "name", f+" "+l, "")
		b = append(b, "\" ("...)
		b = g.keep(b, "counter", g.num(1000000000, 2000000000), "")
		b = append(b, ") joined room "+room+" from "...)
		b = g.plant(b, cat, ip, "")
	default:
		// Jicofo: member joined with the display name the client sent.
		b = append(b, "Jicofo "...)
		b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000"), "")
		ep := g.hexID(8)
		b = append(b, " INFO: ["+g.num(20, 90)+"] [room=standup@conference.meet.example.com] ChatRoomImpl.processOtherPresence#"+g.num(100, 900)+": Member joined:"+ep+" stats-id="+g.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")+" displayName="...)
		f, l := g.name()
		b = g.plant(b, "name", f+" "+l, "")
	}
	return Record{Line: b}
}

// webmailCollab: one product a stream.
func (g *gen) webmailCollab(st *streamState) Record {
	switch st.variant % 5 {
	case 1:
		return g.zimbraLine()
	case 2:
		return g.nextcloudJSON()
	case 3:
		return g.giteaLine()
	case 4:
		return g.chatJSON()
	}
	return g.roundcubeLine()
}

// webLogin is a webmail or collaboration login: an address or a login.
func (g *gen) webLogin() string {
	if g.pct(55) {
		f, l := g.name()
		return strings.ToLower(g.email(f, l))
	}
	return g.personLogin()
}

// roundcubeLine: Roundcube's logs/userlogins (log_logins) and logs/errors.
func (g *gen) roundcubeLine() Record {
	b := make([]byte, 0, 400)
	b = append(b, '[')
	b = g.keep(b, "timestamp", g.now.UTC().Format("02-Jan-2006 15:04:05 -0700"), "")
	b = append(b, "]: <"...)
	sid := g.chars(26, "abcdefghijklmnopqrstuvwxyz0123456789")
	// The log prefix: the session id's first eight characters, unlabelled.
	b = append(b, sid[:8]+"> "...)
	who := g.webLogin()
	ip, cat := g.clientIP()
	switch g.rng.IntN(4) {
	case 0:
		b = append(b, "Successful login for "...)
		b = g.plantLogin(b, who)
		id := g.num(1, 9000)
		g.keepAt("counter", id, "(ID: "+id+")")
		b = append(b, " (ID: "+id+") from "...)
		b = g.plant(b, cat, ip, "")
		if g.pct(30) {
			x := g.ipv4()
			b = append(b, "(X-Forwarded-For: "...)
			b = g.plant(b, "ipv4", x, "")
			b = append(b, ')')
		}
		b = append(b, " in session "...)
		b = g.plant(b, "secret", sid, "")
	case 1:
		b = append(b, "Failed login for "...)
		b = g.plantLogin(b, who)
		b = append(b, " from "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, " in session "...)
		b = g.plant(b, "secret", sid, "")
		b = append(b, " (error: "+pick(g, []string{"0", "1", "2"})+")"...)
	case 2:
		b = append(b, "IMAP Error: Login failed for "...)
		b = g.plantLogin(b, who)
		b = append(b, " against imap.example.com from "...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ". AUTHENTICATE PLAIN: Authentication failed. in /var/www/roundcube/program/lib/Roundcube/rcube_imap.php on line "+g.num(100, 300)+" (POST /?_task=login&_action=login)"...)
	default:
		f, l := g.name()
		rcpt := g.email(f, l)
		b = append(b, "SMTP Error: SMTP error: Failed to add recipient '"...)
		b = g.plant(b, "email", rcpt, "")
		b = append(b, "' (550 5.1.1 <"...)
		b = append(b, rcpt+">: Recipient address rejected: User unknown). in /var/www/roundcube/program/include/rcmail_sendmail.php on line "+g.num(100, 900)+" (POST /?_task=mail&_unlock=loading"+strconv.FormatInt(g.now.UnixMilli(), 10)+"&_framed=1&_action=send)"...)
	}
	return Record{Line: b}
}

// plantLogin writes a login planted as an e-mail address or a name.
func (g *gen) plantLogin(b []byte, who string) []byte {
	if strings.Contains(who, "@") {
		return g.plant(b, "email", who, "")
	}
	return g.plant(b, "name", who, "")
}

// zimbraLine: Zimbra's audit.log and mailbox.log (log4j "date time,ms
// LEVEL [thread] [context;] category - message", the context of name=,
// mid=, ip=, oip= the original client address, via=, ua=).
func (g *gen) zimbraLine() Record {
	b := make([]byte, 0, 500)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006-01-02 15:04:05,000"), "")
	who := g.webLogin()
	if !strings.Contains(who, "@") {
		who += "@example.com"
	}
	ip, cat := g.clientIP()
	ver := pick(g, []string{"9.0.0_GA_4583", "8.8.15_GA_3869", "10.0.6_GA_4639"})
	switch g.rng.IntN(5) {
	case 0, 1:
		b = append(b, " INFO  [qtp"+g.num(100000, 999999)+"-"+g.num(10, 999)+":https://mail.example.com/service/soap/AuthRequest] [name="...)
		b = g.plant(b, "email", who, "")
		b = append(b, ";oip="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ";ua=ZimbraWebClient - FF120 (Linux)/"+g.keepVer(ver)+";soapId="+g.hexID(8)+";] security - cmd=Auth; account="+who+"; protocol=soap;"...)
		if g.pct(50) {
			b = append(b, " error=authentication failed for ["+who+"], invalid password;"...)
		}
	case 2:
		login := g.personLogin()
		b = append(b, " INFO  [ImapSSLServer-"+g.num(1, 9999)+"] [ip=10.0.0.5;oip="...)
		b = g.plant(b, cat, ip, "")
		b = append(b, ";via=10.0.0.2(nginx/1.20.0-zimbra);ua=Zimbra/"+g.keepVer(ver)+";cid="+g.num(1, 99999)+";] account - authentication failed for ["...)
		b = g.plant(b, "name", login, "")
		b = append(b, "] (no such account)"...)
	case 3:
		b = append(b, " INFO  [qtp"+g.num(100000, 999999)+"-"+g.num(10, 999)+":https://mail.example.com/service/soap/SendMsgRequest] [name="...)
		b = g.plant(b, "email", who, "")
		b = append(b, ";mid="...)
		b = g.keep(b, "counter", g.num(2, 9999), "")
		b = append(b, ";oip="...)
		b = g.plant(b, cat, ip, "")
		f, l := g.name()
		to := g.email(f, l)
		b = append(b, ";ua=ZimbraWebClient - GC119 (Win)/"+g.keepVer(ver)+";] smtp - Sending message to MTA at mta.example.com: Message-ID=<"+g.hexID(12)+"@mail.example.com>, origMsgId=-1, rcpt="...)
		b = g.plant(b, "email", to, "")
	default:
		b = append(b, " INFO  [LmtpServer-"+g.num(1, 9999)+"] [name="...)
		b = g.plant(b, "email", who, "")
		b = append(b, ";mid="+g.num(2, 9999)+";ip="...)
		b = g.plant(b, cat, ip, "")
		id := g.num(1000, 999999)
		b = append(b, ";] mailop - Adding Message: id="...)
		b = g.keep(b, "counter", id, "id="+id+",")
		b = append(b, ", Message-ID=<"+g.hexID(16)+"@example.net>, parentId=-1, folderId=2, folderName=Inbox."...)
	}
	return Record{Line: b}
}

// nextcloudJSON: Nextcloud's nextcloud.log, one JSON object a line
// (reqId, level, time, remoteAddr, user, app, method, url, message,
// userAgent, version; exceptions as a nested object).
func (g *gen) nextcloudJSON() Record {
	b := make([]byte, 0, 700)
	b = append(b, '{')
	b = g.jk(b, "reqId", "requestid", g.chars(20, base62))
	lvl := g.num(0, 3)
	b = jn(b, "level", lvl)
	b = g.jk(b, "time", "timestamp", g.now.UTC().Format("2006-01-02T15:04:05-07:00"))
	ip, cat := g.clientIP()
	b = g.jp(b, "remoteAddr", cat, ip)
	login := g.personLogin()
	known := g.pct(60)
	if known {
		b = g.jp(b, "user", "name", login)
	} else {
		b = g.js(b, "user", "--")
	}
	app := pick(g, []string{"core", "no app in context", "files", "dav", "webdav"})
	b = g.js(b, "app", app)
	var url, msg string
	switch g.rng.IntN(5) {
	case 0:
		url = "/login"
		who := g.webLogin()
		if g.pct(50) {
			msg = "Login failed: '" + who + "' (Remote IP: '" + ip + "')"
			g.plantAt(ipCat(ip), ip, "'"+ip+"'")
		} else {
			msg = "Login failed: " + who + " (Remote IP: " + ip + ")"
		}
		if strings.Contains(who, "@") {
			g.plantAt("email", who)
		} else {
			g.plantAt("name", who)
		}
	case 1:
		url = "/login"
		msg = `Bruteforce attempt from "` + ip + `" detected for action "login".`
		g.plantAt(ipCat(ip), ip, `\"`+ip+`\"`)
	case 2:
		url = "/remote.php/dav/files/" + login + "/Documents/report.odt"
		msg = "File with name //" + login + "/files/Documents/report.odt could not be located"
		g.plantAt("name", login, "/files/"+login+"/", "//"+login+"/")
	case 3:
		url = "/index.php/apps/files/"
		msg = `Trusted domain error. "` + ip + `" tried to access using "cloud.example.com" as host.`
	default:
		url = "/ocs/v2.php/apps/notifications/api/v2/notifications"
		f, l := g.name()
		e := g.email(f, l)
		msg = "Could not send share notification to " + e
		g.plantAt("email", e)
	}
	b = g.js(b, "method", pick(g, []string{"GET", "POST", "PROPFIND", "PUT"}))
	b = g.js(b, "url", url)
	b = g.js(b, "message", msg)
	ua, _ := g.ua()
	if g.pct(40) {
		ua = "Mozilla/5.0 (Windows) mirall/3.11.0stable-Win64 (build 20231213) (Nextcloud, windows-10.0.19045 ClientArchitecture: x86_64 OsArchitecture: x86_64)"
	}
	b = g.js(b, "userAgent", ua)
	ver := pick(g, []string{"28.0.1.1", "27.1.5.1", "29.0.0.19"})
	b = g.jk(b, "version", "version", ver)
	if lvl == "3" {
		b = jo(b, "exception")
		b = g.js(b, "Exception", "OCP\\Files\\NotFoundException")
		b = g.js(b, "Message", "File with name //"+login+"/files/Documents could not be located")
		g.plantAt("name", login, "//"+login+"/")
		b = jn(b, "Code", "0")
		b = g.js(b, "File", "/var/www/nextcloud/lib/private/Files/View.php")
		b = jn(b, "Line", g.num(100, 2000))
		b = append(b, '}')
	}
	b = append(b, '}')
	return Record{Line: b}
}

// giteaLine: Gitea/Forgejo's log ("yyyy/mm/dd hh:mm:ss file:line:func()
// [L] message"): router lines, failed authentication of the web form and of
// SSH, pushes.
func (g *gen) giteaLine() Record {
	b := make([]byte, 0, 400)
	b = g.keep(b, "timestamp", g.now.UTC().Format("2006/01/02 15:04:05"), "")
	ip, cat := g.clientIP()
	port := g.num(1024, 65535)
	hp := ip + ":" + port
	if cat == "ipv6" {
		hp = "[" + ip + "]:" + port
	}
	who := g.personLogin()
	switch g.rng.IntN(5) {
	case 0:
		b = append(b, " ...eb/routing/logger.go:102:func1() [I] router: completed "+pick(g, []string{"GET", "POST"})+" "+pick(g, []string{"/user/login", "/org/platform/dashboard", "/platform/infra/pulls/" + g.num(1, 900)})+" for "...)
		b = g.plant(b, cat, ip, hp)
		b = append(b, ", 200 OK in "+g.num(1, 900)+"."+g.digits(1)+"ms @ web/goget.go:22(web.goGet)"...)
	case 1:
		b = append(b, " ...s/auth/auth.go:"+g.num(150, 300)+":SignInPost() [I] Failed authentication attempt for "...)
		b = g.plantLogin(b, g.webLogin())
		b = append(b, " from "...)
		b = g.plant(b, cat, ip, hp)
		b = append(b, ": "+pick(g, []string{"user's password is invalid", "user does not exist", "user is prohibited from signing in"})...)
	case 2:
		b = append(b, " ...ules/ssh/ssh.go:"+g.num(300, 400)+":publicKeyHandler() [W] Failed authentication attempt from "...)
		b = g.plant(b, cat, ip, hp)
	case 3:
		b = append(b, " ...ers/private/serv.go:"+g.num(100, 400)+":ServCommand() [I] SSH: user "...)
		b = g.plant(b, "name", who, "")
		b = append(b, " (uid: "+g.num(1, 9000)+") pushed to platform/infra"...)
	default:
		b = append(b, " ...ices/auth/signin.go:"+g.num(50, 200)+":UserSignIn() [W] Failed authentication attempt for "...)
		b = g.plant(b, "name", who, "")
		b = append(b, " from "...)
		b = g.plant(b, cat, ip, hp)
		b = append(b, ": user's password is invalid [uid: "+g.num(1, 9000)+", name: "...)
		b = append(b, who+"]"...)
	}
	return Record{Line: b}
}

// chatJSON: Mattermost's JSON log (timestamp, level, msg, caller, path,
// request_id, ip_addr, user_id, method, err_where, http_code, error) and
// Rocket.Chat's pino lines (level, time in ms, name, msg, method, url,
// userId, remoteIP, status).
func (g *gen) chatJSON() Record {
	b := make([]byte, 0, 600)
	b = append(b, '{')
	ip, cat := g.clientIP()
	if g.pct(50) {
		b = g.jk(b, "timestamp", "timestamp", g.now.UTC().Format("2006-01-02 15:04:05.000 Z"))
		b = g.js(b, "level", pick(g, []string{"error", "info", "warn"}))
		who := g.webLogin()
		switch g.rng.IntN(3) {
		case 0:
			b = g.js(b, "msg", "Unable to login")
			b = g.js(b, "caller", "web/context.go:105")
			b = g.js(b, "path", "/api/v4/users/login")
			b = g.jk(b, "request_id", "requestid", g.chars(26, "abcdefghijkmnopqrstuwxyz13456789"))
			b = g.jp(b, "ip_addr", cat, ip)
			b = g.js(b, "user_id", "")
			b = g.js(b, "method", "POST")
			b = g.js(b, "err_where", "authenticateUser")
			b = jn(b, "http_code", "401")
			b = g.js(b, "error", "authenticateUser: Enter a valid email or username and/or password., ")
		case 1:
			b = g.js(b, "msg", "Login attempt")
			b = g.js(b, "caller", "app/login.go:"+g.num(40, 300))
			if strings.Contains(who, "@") {
				b = g.jp(b, "login_id", "email", who)
			} else {
				b = g.jp(b, "login_id", "name", who)
			}
			b = g.jp(b, "ip_addr", cat, ip)
		default:
			b = g.js(b, "msg", "Sent invitation e-mail")
			b = g.js(b, "caller", "app/team.go:"+g.num(40, 900))
			// Mattermost's user id is the server's own 26-character id,
			// no identifier across servers: unlabelled.
			b = g.js(b, "user_id", g.chars(26, "abcdefghijkmnopqrstuwxyz13456789"))
			f, l := g.name()
			b = g.jp(b, "invitee", "email", g.email(f, l))
		}
		b = append(b, '}')
		return Record{Line: b}
	}
	b = jn(b, "level", pick(g, []string{"30", "35", "40"}))
	ms := strconv.FormatInt(g.now.UnixMilli(), 10)
	b = jn(b, "time", ms)
	g.keepAt("epoch", ms)
	b = jn(b, "pid", g.num(1, 90))
	b = g.js(b, "hostname", "rocketchat-"+g.hexID(6))
	switch g.rng.IntN(2) {
	case 0:
		b = g.js(b, "name", "API")
		b = g.js(b, "method", "POST")
		b = g.js(b, "url", "/api/v1/login")
		b = g.js(b, "userId", "")
		ua, _ := g.ua()
		b = g.js(b, "userAgent", ua)
		b = g.jp(b, "remoteIP", cat, ip)
		b = jn(b, "status", pick(g, []string{"200", "401"}))
		b = jn(b, "responseTime", g.num(3, 900))
	default:
		b = g.js(b, "name", "Accounts")
		who := g.webLogin()
		b = g.js(b, "msg", "Login failed for user "+who)
		if strings.Contains(who, "@") {
			g.plantAt("email", who)
		} else {
			g.plantAt("name", who)
		}
		b = g.jp(b, "remoteIP", cat, ip)
	}
	b = append(b, '}')
	return Record{Line: b}
}

// keepVer labels a version as a look-alike and returns it.
func (g *gen) keepVer(v string) string {
	g.keepAt("version", v)
	return v
}
