"""The single-page web app: static files under static/ (vendor libraries in static/vendor)."""
