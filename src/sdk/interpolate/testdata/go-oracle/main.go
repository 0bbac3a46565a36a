// Oracle for the TypeScript template engine: runs every vector of vectors.json
// through Go's text/template with Packer's function signatures (stubbed with
// fixed values) and prints the outputs and errors as JSON. Stdlib only.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/template"
	"time"
)

type vector struct {
	Name string `json:"name"`
	Tpl  string `json:"tpl"`
	Data string `json:"data,omitempty"` // "struct": the dot is an ExecuteCommandTemplate
}

// ExecuteCommandTemplate is shaped like shell-local's execute_command data.
type ExecuteCommandTemplate struct {
	Vars    string
	Script  string
	Command string
}

type result struct {
	Name string  `json:"name"`
	Out  *string `json:"out,omitempty"`
	Err  *string `json:"err,omitempty"`
}

var initTime = time.Unix(1700000000, 123000000).UTC()

var user = map[string]string{"a": "A", "csv": "x,y,z", "empty": ""}

func funcs() template.FuncMap {
	return template.FuncMap{
		"build_name": func() (string, error) { return "bname", nil },
		"build_type": func() (string, error) { return "btype", nil },
		"env":        func(k string) (string, error) { return "", errors.New("env vars are not allowed here") },
		"isotime": func(format ...string) (string, error) {
			if len(format) == 0 {
				return initTime.Format(time.RFC3339), nil
			}
			if len(format) > 1 {
				return "", fmt.Errorf("too many values, 1 needed: %v", format)
			}
			return initTime.Format(format[0]), nil
		},
		"pwd": func() (string, error) { return "/work", nil },
		"split": func(k string, s string, i int) (string, error) {
			split := strings.Split(k, s)
			if len(split) <= i {
				return "", fmt.Errorf("the substring %d was unavailable using the separator value, %s, only %d values were found", i, s, len(split))
			}
			return split[i], nil
		},
		"template_dir":   func() (string, error) { return "/tpl", nil },
		"timestamp":      func() string { return strconv.FormatInt(initTime.Unix(), 10) },
		"user":           func(k string) (string, error) { return user[k], nil },
		"packer_version": func() (string, error) { return "1.6.6", nil },
		"sed": func(expression string, inputString string) (string, error) {
			return "", errors.New("template function `sed` is deprecated " +
				"use `replace` or `replace_all` instead." +
				"Documentation: https://www.packer.io/docs/templates/engine")
		},
		"replace_all": func(old, new, src string) string { return strings.ReplaceAll(src, old, new) },
		"replace":     func(old, new string, n int, src string) string { return strings.Replace(src, old, new, n) },
		"upper":       strings.ToUpper,
		"lower":       strings.ToLower,
	}
}

func data() map[string]interface{} {
	return map[string]interface{}{
		"Name": "demo", "Count": 3, "Pi": 3.14159, "Empty": "", "Zero": 0, "T": true, "F": false,
		"List": []interface{}{"a", "b", "c"}, "Nums": []interface{}{1, 2, 3}, "EmptyList": []interface{}{},
		"Map":    map[string]interface{}{"y": "2", "x": "1"},
		"Nested": map[string]interface{}{"Inner": map[string]interface{}{"V": "deep"}},
		"Nil":    nil, "Html": "<a href=\"x\">'&'</a>", "Uni": "héllo wörld",
	}
}

func main() {
	raw, err := os.ReadFile("vectors.json")
	if err != nil {
		panic(err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		panic(err)
	}
	out := []result{}
	for _, v := range vs {
		r := result{Name: v.Name}
		tpl, err := template.New("root").Funcs(funcs()).Parse(v.Tpl)
		if err == nil {
			var b strings.Builder
			var d interface{} = data()
			if v.Data == "struct" {
				d = &ExecuteCommandTemplate{Vars: "A=1 B=2", Script: "/tmp/s.sh", Command: ""}
			}
			err = tpl.Execute(&b, d)
			if err == nil {
				s := b.String()
				r.Out = &s
			}
		}
		if err != nil {
			s := err.Error()
			r.Err = &s
		}
		out = append(out, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
