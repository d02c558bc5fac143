"""The report as one self-contained HTML page: inline SVG, inline style, a little inline script.

Consumes ``ReportData``; produces the page. Nothing in it is fetched: no script, style, font,
image or tile URL, and a Content-Security-Policy that forbids any (so a browser refuses even
what a later edit might add). The only URLs are the articles' links, followed on a click.
"""

import html

from reports import charts
from reports.queries import ReportData

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:1000px;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em}
.chart{width:100%;height:auto;border:1px solid #ddd;background:#fff}
#network{max-width:560px}
#filters{position:sticky;top:0;background:#f5f5f5;padding:.5em;border:1px solid #ddd;z-index:1}
#filters label{margin-right:.8em}
table{border-collapse:collapse;width:100%;font-size:13px}
td,th{border-bottom:1px solid #eee;padding:4px;vertical-align:top;text-align:left}
td.sentence{max-width:480px}.muted{color:#777}
"""

# Filters: hide marks and rows outside the chosen modalities and days, restack the day bars,
# resize the dyad arrows. Errors are counted on <body> so that a headless test can read them.
SCRIPT = """
(function(){
  var body=document.body; body.dataset.errors="0";
  window.addEventListener("error",function(){body.dataset.errors=String(+body.dataset.errors+1);});
  function chosen(){
    var m={}; document.querySelectorAll("#filters input[type=checkbox]").forEach(function(c){
      if(c.checked){m[c.value]=true;}});
    return {m:m,from:document.getElementById("from").value,to:document.getElementById("to").value};
  }
  function shown(f,day,modality){
    return (modality==="*"||f.m[modality])&&(!f.from||day>=f.from)&&(!f.to||day<=f.to);
  }
  function apply(){
    var f=chosen(),visible=0;
    document.querySelectorAll("[data-day]").forEach(function(el){
      var on=shown(f,el.dataset.day,el.dataset.modality); el.style.display=on?"":"none";
      if(on&&el.tagName==="TR"){visible++;}
    });
    var t=document.getElementById("timeline");
    if(t&&t.dataset.base){
      var base=+t.dataset.base,plot=+t.dataset.plot,totals={},max=0;
      t.querySelectorAll("rect.mark").forEach(function(r){if(r.style.display!=="none"){
        var d=r.dataset.day;totals[d]=(totals[d]||0)+(+r.dataset.count);
        max=Math.max(max,totals[d]);}});
      var stack={};
      t.querySelectorAll("rect.mark").forEach(function(r){if(r.style.display!=="none"){
        var d=r.dataset.day,h=max?(+r.dataset.count)*plot/max:0;stack[d]=(stack[d]||0)+h;
        r.setAttribute("height",h.toFixed(1));r.setAttribute("y",(base-stack[d]).toFixed(1));}});
      t.querySelector(".ymax").textContent=String(max);
    }
    var n=document.getElementById("network"),w=document.getElementById("map");
    document.querySelectorAll("[data-counts]").forEach(function(el){
      var total=0;JSON.parse(el.dataset.counts).forEach(function(c){
        if(shown(f,c[0],c[1])){total+=c[2];}});
      el.style.display=total?"":"none";
      if(el.tagName==="circle"){
        el.setAttribute("r",(1.5+7.5*Math.sqrt(total/(+w.dataset.max))).toFixed(1));}
      else{el.setAttribute("stroke-width",(1+5*total/(+n.dataset.max)).toFixed(1));}});
    document.getElementById("shown").textContent=String(visible);
  }
  function fromHash(){  // report.html#modality=asserted,future&from=2024-01-01&to=2024-01-31
    var h={};location.hash.slice(1).split("&").forEach(function(p){
      var kv=p.split("=");if(kv[0]){h[kv[0]]=decodeURIComponent(kv[1]||"");}});
    if(h.modality){var on=h.modality.split(",");
      document.querySelectorAll("#filters input[type=checkbox]").forEach(function(c){
        c.checked=on.indexOf(c.value)>=0;});}
    if(h.from){document.getElementById("from").value=h.from;}
    if(h.to){document.getElementById("to").value=h.to;}
  }
  document.querySelectorAll("#filters input").forEach(function(i){
    i.addEventListener("change",apply);});
  window.addEventListener("hashchange",function(){fromHash();apply();});
  fromHash(); apply(); body.dataset.rendered="ok";
})();
"""


def _e(value: object) -> str:
    """Text, escaped for HTML."""
    return html.escape("" if value is None else str(value), quote=True)


def _filters(data: ReportData) -> str:
    """Modality boxes and a date range, spanning the data's days."""
    days = [day for day, _, _, _ in data.timeline]
    first, last = (min(days), max(days)) if days else ("", "")
    boxes = "".join(
        f'<label><input type="checkbox" value="{_e(m)}" checked> {_e(m)}</label>'
        for m in data.modalities
    )
    return (
        f'<div id="filters"><strong>Modality</strong> {boxes} <strong>Days</strong> '
        f'<input type="date" id="from" value="{_e(first)}" min="{_e(first)}" max="{_e(last)}"> '
        f'to <input type="date" id="to" value="{_e(last)}" min="{_e(first)}" max="{_e(last)}">'
        "</div>"
    )


def _recent_table(data: ReportData) -> str:
    """The most recent asserted events, each with its sentence and its article's link."""
    rows = []
    for event in data.recent:
        url = str(event["url"] or "")
        link = (
            f'<a href="{_e(url)}" rel="noreferrer">article</a>'
            if url.startswith(("http://", "https://", "file://"))
            else _e(url)
        )
        rows.append(
            f'<tr data-day="{_e(event["day"])}" data-modality="asserted">'
            f"<td>{_e(event['day'])}</td><td>{_e(event['source'])} → {_e(event['target'])}</td>"
            f"<td>{_e(event['plover_type'])}<br><span class=muted>{_e(event['cameo_code'])}"
            f"</span></td><td>{_e(event['place'])}</td>"
            f'<td class="sentence">{_e(event["sentence"])}</td><td>{link}</td></tr>'
        )
    return (
        "<table><thead><tr><th>day</th><th>dyad</th><th>type</th><th>place</th>"
        f"<th>sentence</th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def render(data: ReportData, title: str = "newsbeam report") -> str:
    """The whole page."""
    clusters = ""
    if data.clusters:
        clusters = "<h2>Event clusters per day</h2>" + charts.clusters_svg(data.clusters)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{STYLE}</style></head>
<body>
<h1>{_e(title)}</h1>
<p>{data.events} events, {data.located} of them geocoded. Each mark's tooltip gives its
figures. Places from GeoNames (CC BY 4.0, geonames.org); country outlines from Natural Earth
(public domain).</p>
{_filters(data)}
<h2>Events per day by quad class</h2>
{charts.timeline_svg(data.timeline)}
{clusters}
<h2>Top dyads (source → target)</h2>
{charts.network_svg(data.dyads)}
<h2>Where (geocoded events)</h2>
{charts.map_svg(data.points)}
<h2>Most recent asserted events (<span id="shown">{len(data.recent)}</span> shown)</h2>
{_recent_table(data)}
<script>{SCRIPT}</script>
</body></html>
"""
