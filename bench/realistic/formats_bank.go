package realistic

import (
	"strconv"
	"strings"
)

// bank_payouts: the bank account details payout and direct-debit APIs take
// and return, as an application logs its calls to them, one shape a
// record:
//
//   - Stripe's API reference, "Create a bank account token" and "Create a
//     bank account" (POST /v1/tokens, /v1/customers/:id/sources): a form
//     body with bank_account[country], [currency], [account_holder_name],
//     [account_holder_type], [routing_number] and [account_number], logged
//     by a client as a logfmt line (body="...") or after its request line;
//   - Wise's API reference, "Create a recipient account" (POST
//     /v1/accounts): currency, type (sort_code, aba), profile,
//     accountHolderName, ownedByCustomer and details (legalType, sortCode
//     or abartn, accountNumber, accountType);
//   - GoCardless' API reference, "Customer bank accounts": the create
//     request (account_number, branch_code, country_code,
//     account_holder_name, links.customer) and the returned resource,
//     which holds only account_number_ending;
//   - Authorize.Net's API reference, createTransactionRequest with a
//     bankAccount payment (accountType, routingNumber, accountNumber,
//     nameOnAccount, echeckType, bankName).
//
// Planted: account numbers and the holders' names. Kept: routing numbers
// (ABA, with their check digit) and sort codes, which name the bank; the
// last digits a resource returns; amounts, ids and epochs.
func (g *gen) bankPayout(_ *streamState) Record {
	f, l := g.name()
	holder := f + " " + l
	ts := g.now.UTC().Format("2006-01-02T15:04:05Z")
	switch g.rng.IntN(4) {
	case 0:
		acct := g.bankAccountNumber()
		routing := g.abaRouting()
		body := "bank_account[country]=US&bank_account[currency]=usd&bank_account[account_holder_name]=" +
			strings.ReplaceAll(holder, " ", "+") + "&bank_account[account_holder_type]=individual&bank_account[routing_number]=" +
			routing + "&bank_account[account_number]=" + acct
		g.plantAt("name", holder, strings.ReplaceAll(holder, " ", "+"))
		g.plantAt("bank_account", acct)
		g.keepAt("routing", routing, "routing_number]="+routing)
		reqID := "req_" + g.token(14)
		g.keepAt("requestid", reqID)
		if g.pct(50) {
			line := ts + " level=info msg=\"stripe request\" method=POST path=/v1/tokens request_id=" + reqID + " body=\"" + body + "\""
			return Record{Line: []byte(line)}
		}
		cus := "cus_" + g.token(14)
		g.keepAt("requestid", cus)
		line := ts + " INFO  StripeClient - POST /v1/customers/" + cus + "/sources " + body + " -> 200 (" + g.num(80, 900) + " ms) " + reqID
		return Record{Line: []byte(line)}
	case 1:
		b := make([]byte, 0, 400)
		b = append(b, '{')
		uk := g.pct(50)
		if uk {
			b = g.js(b, "currency", "GBP")
			b = g.js(b, "type", "sort_code")
		} else {
			b = g.js(b, "currency", "USD")
			b = g.js(b, "type", "aba")
		}
		profile := g.num(10000000, 99999999)
		g.keepAt("id", profile, `"profile":`+profile)
		b = jn(b, "profile", profile)
		b = g.jp(b, "accountHolderName", "name", holder)
		b = append(jkey(b, "ownedByCustomer"), "false"...)
		b = jo(b, "details")
		b = g.js(b, "legalType", "PRIVATE")
		if uk {
			sc := g.digits(6)
			b = g.jk(b, "sortCode", "sort_code", sc)
			b = g.jp(b, "accountNumber", "bank_account", g.digits(8))
		} else {
			b = g.jk(b, "abartn", "routing", g.abaRouting())
			b = g.jp(b, "accountNumber", "bank_account", g.bankAccountNumber())
			b = g.js(b, "accountType", pick(g, []string{"CHECKING", "SAVINGS"}))
		}
		b = append(b, "}}"...)
		return Record{Line: b}
	case 2:
		b := make([]byte, 0, 400)
		b = append(b, '{')
		b = jo(b, "customer_bank_accounts")
		cust := "CU" + strings.ToUpper(g.token(12))
		if g.pct(50) {
			b = g.jp(b, "account_number", "bank_account", g.digits(8))
			b = g.jk(b, "branch_code", "sort_code", g.digits(6))
			b = g.js(b, "country_code", "GB")
			b = g.jp(b, "account_holder_name", "name", holder)
		} else {
			id := "BA" + strings.ToUpper(g.token(12))
			g.keepAt("id", id)
			b = g.js(b, "id", id)
			b = g.jk(b, "created_at", "timestamp", ts)
			b = g.jk(b, "account_number_ending", "last_digits", g.digits(2))
			b = g.jp(b, "account_holder_name", "name", strings.ToUpper(holder))
			b = g.js(b, "account_type", "null")
			b = g.js(b, "bank_name", pick(g, []string{"BARCLAYS BANK PLC", "HSBC UK BANK PLC", "LLOYDS BANK PLC"}))
			b = g.js(b, "currency", "GBP")
			b = append(jkey(b, "enabled"), "true"...)
		}
		b = jo(b, "links")
		g.keepAt("id", cust)
		b = g.js(b, "customer", cust)
		b = append(b, "}}}"...)
		return Record{Line: b}
	}
	b := make([]byte, 0, 500)
	b = append(b, '{')
	b = jo(b, "createTransactionRequest")
	b = jo(b, "transactionRequest")
	b = g.js(b, "transactionType", "authCaptureTransaction")
	amount := g.num(5, 900) + "." + g.digits(2)
	b = g.jk(b, "amount", "amount", amount)
	b = jo(b, "payment")
	b = jo(b, "bankAccount")
	b = g.js(b, "accountType", pick(g, []string{"checking", "savings", "businessChecking"}))
	b = g.jk(b, "routingNumber", "routing", g.abaRouting())
	b = g.jp(b, "accountNumber", "bank_account", g.bankAccountNumber())
	b = g.jp(b, "nameOnAccount", "name", holder)
	b = g.js(b, "echeckType", "WEB")
	b = g.js(b, "bankName", pick(g, []string{"Wells Fargo Bank NA", "Bank of America", "Chase"}))
	b = append(b, "}}"...)
	inv := "INV-" + g.digits(6)
	g.keepAt("orderid", inv)
	b = jo(b, "order")
	b = g.js(b, "invoiceNumber", inv)
	b = append(b, "}}}}"...)
	return Record{Line: b}
}

// bankAccountNumber returns a US bank account number: 8 to 12 digits,
// sometimes with leading zeros.
func (g *gen) bankAccountNumber() string {
	n := 8 + g.rng.IntN(5)
	if g.pct(30) {
		return "000" + g.digits(n-3)
	}
	return g.num(1, 9) + g.digits(n-1)
}

// abaRouting returns an ABA routing number: a Federal Reserve routing
// symbol (01-12, 21-32) and a check digit (weights 3, 7, 1).
func (g *gen) abaRouting() string {
	first := 1 + g.rng.IntN(12)
	if g.pct(50) {
		first += 20
	}
	d := strconv.Itoa(first)
	if len(d) == 1 {
		d = "0" + d
	}
	d += g.digits(6)
	w := []int{3, 7, 1, 3, 7, 1, 3, 7}
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * w[i]
	}
	return d + strconv.Itoa((10-sum%10)%10)
}
