export const SERVICE_TYPES = ["NodePort", "LoadBalancer"];
