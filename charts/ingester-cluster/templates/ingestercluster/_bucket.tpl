{{/*
The claim the chart's IngesterCluster keeps a filesystem bucket on, or "" when there is none to create: the
backend is not filesystem, spec.storage.filesystem.claimName names the user's own claim, or
ingesterCluster.bucketClaim.create is false.
*/}}
{{- define "ingester-cluster.bucketClaimName" -}}
{{- $storage := .Values.ingesterCluster.spec.storage | default dict -}}
{{- $filesystem := $storage.filesystem | default dict -}}
{{- if and .Values.ingesterCluster.create .Values.ingesterCluster.bucketClaim.create (eq ($storage.backend | default "filesystem") "filesystem") (not $filesystem.claimName) -}}
{{- printf "%s-bucket" .Values.ingesterCluster.name -}}
{{- end -}}
{{- end -}}
