// The interactive map of a page (Leaflet, served by this server): one marker per place of /api/map, the page's own
// places in red, each with a pop-up listing the things there as links to their pages. Map tiles come from
// OpenStreetMap only once the browser is online; offline, the server's own SVG map stays the one shown.
(function () {
  'use strict';
  const box = document.getElementById('leaflet-map');
  if (!box || typeof L === 'undefined') return;

  function popup(things) {
    const list = document.createElement('ul');
    for (const f of things) {
      const a = document.createElement('a');
      a.href = f.properties.page;
      a.textContent = f.properties.name;
      const li = document.createElement('li');
      li.appendChild(a);
      list.appendChild(li);
    }
    return list;
  }

  function show(collection) {
    const places = new Map();
    for (const f of collection.features) {
      const key = f.geometry.coordinates.join(' ');
      if (!places.has(key)) places.set(key, []);
      places.get(key).push(f);
    }
    box.hidden = false;
    const map = L.map(box);
    const tiles = () => L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18, attribution: '&copy; OpenStreetMap contributors'
    }).addTo(map);
    if (navigator.onLine) tiles();
    else window.addEventListener('online', tiles, { once: true });
    const all = [], mine = [];
    for (const things of places.values()) {
      things.sort((a, b) => (b.properties.focus === true) - (a.properties.focus === true));
      const focus = things[0].properties.focus === true;
      const [lon, lat] = things[0].geometry.coordinates;
      const marker = L.circleMarker([lat, lon], {
        radius: focus ? 8 : 5, color: '#ffffff', weight: 1, fillOpacity: 0.9,
        fillColor: focus ? '#c0392b' : '#0b5cad', className: focus ? 'place highlighted' : 'place'
      }).bindPopup(popup(things));
      (focus ? mine : all).push(marker);
    }
    // The view first (Leaflet draws nothing on a map without one): the page's own places, or all of them.
    const shown = mine.length ? mine : all;
    map.fitBounds(L.latLngBounds(shown.map((m) => m.getLatLng())).pad(0.2), { maxZoom: 10 });
    for (const marker of all.concat(mine)) marker.addTo(map);
  }

  fetch(box.dataset.points, { headers: { Accept: 'application/geo+json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then(show)
    .catch((e) => { box.hidden = true; console.error('the interactive map failed:', e); });
})();
