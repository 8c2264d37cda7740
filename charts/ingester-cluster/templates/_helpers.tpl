{{/*
Chart name, truncated to the 63 characters Kubernetes allows in a label value.
*/}}
{{- define "ingester-cluster.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Fully qualified name of the release's objects: <release>-<chart>, or just <release> when the release name
already contains the chart name; fullnameOverride replaces it.
*/}}
{{- define "ingester-cluster.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Name of the operator's objects (Deployment, ServiceAccount, RBAC, Service).
*/}}
{{- define "ingester-cluster.operator.fullname" -}}
{{- printf "%s-operator" (include "ingester-cluster.fullname" .) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
Labels on every object the chart creates.
*/}}
{{- define "ingester-cluster.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "ingester-cluster.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/*
Selector labels of the operator's pods (immutable in a Deployment: never add to them).
*/}}
{{- define "ingester-cluster.operator.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ingester-cluster.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: operator
{{- end -}}

{{/*
The operator's ServiceAccount name.
*/}}
{{- define "ingester-cluster.operator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "ingester-cluster.operator.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/*
An image reference: repository:tag, the tag defaulting to the chart's appVersion; a digest wins over the tag.
*/}}
{{- define "ingester-cluster.image" -}}
{{- $image := index . 0 -}}
{{- $root := index . 1 -}}
{{- $registry := $root.Values.global.imageRegistry | default "" -}}
{{- $repository := $image.repository -}}
{{- if $registry -}}{{- $repository = printf "%s/%s" $registry $repository -}}{{- end -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $repository $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (default $root.Chart.AppVersion $image.tag) -}}
{{- end -}}
{{- end -}}

{{/*
The namespace the operator watches: its own in namespaced mode, all namespaces when rbac.clusterWide is set
(unless operator.watchNamespace names one).
*/}}
{{- define "ingester-cluster.operator.watchNamespace" -}}
{{- if .Values.rbac.clusterWide -}}
{{- .Values.operator.watchNamespace | default "" -}}
{{- else -}}
{{- .Release.Namespace -}}
{{- end -}}
{{- end -}}
